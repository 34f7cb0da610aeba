import { describe, expect, it } from "vitest";
import { assignmentStatus, reminderFor } from "./assignment-status.ts";

// The words a teacher and a student read about an assignment, and the edges of each state.

const due = "2026-12-01T12:00:00.000Z";
const at = (h: number) => new Date(Date.parse(due) + h * 3_600_000);
const sub = (h: number, passed: boolean, score = passed ? 100 : 40) => ({
  passed,
  score,
  createdAt: at(h).toISOString(),
});

describe("assignment detail", () => {
  it("describes each state in words", () => {
    expect(assignmentStatus([], due, at(-5)).detail).toBe("Not started; due in 5 hours");
    expect(assignmentStatus([], null, at(0)).detail).toBe("Not started");
    expect(assignmentStatus([sub(-3, false, 30), sub(-2, false, 60)], due, at(-1)).detail).toBe(
      "2 submissions, best 60; due in 60 minutes",
    );
    expect(assignmentStatus([sub(-3, false, 30)], null, at(-1)).detail).toBe("1 submission, best 30");
    expect(assignmentStatus([sub(-3, true)], due, at(1)).detail).toBe("Passed (1 submission)");
    expect(assignmentStatus([sub(-3, false, 70)], due, at(72)).detail).toBe(
      "Not passed, due 3 days ago (1 submission, best 70)",
    );
    expect(assignmentStatus([], due, at(0.5)).detail).toBe("Not passed, due 30 minutes ago");
  });

  it("writes short spans in minutes, then hours, then days", () => {
    const inMinutes = (m: number) => assignmentStatus([], due, new Date(Date.parse(due) - m * 60_000)).detail;
    expect(inMinutes(1)).toBe("Not started; due in 1 minute");
    expect(inMinutes(0.2)).toBe("Not started; due in 1 minute");
    expect(inMinutes(89)).toBe("Not started; due in 89 minutes");
    expect(inMinutes(90)).toBe("Not started; due in 2 hours");
    expect(inMinutes(47 * 60)).toBe("Not started; due in 47 hours");
    expect(inMinutes(48 * 60)).toBe("Not started; due in 2 days");
    expect(inMinutes(24 * 60 * 10)).toBe("Not started; due in 10 days");
  });

  it("takes submissions in time order, whatever order they come in", () => {
    const s = assignmentStatus([sub(5, true), sub(-1, true), sub(-2, false, 20)], due, at(6));
    expect(s).toMatchObject({
      status: "passed",
      attempts: 3,
      bestScore: 100,
      passedAt: at(-1).toISOString(),
      lastSubmittedAt: at(5).toISOString(),
    });
    expect(assignmentStatus([], due, at(-1))).toMatchObject({ bestScore: null, passedAt: null, lastSubmittedAt: null });
  });

  it("counts a pass at the due moment as on time, and the due moment itself as not yet late", () => {
    expect(assignmentStatus([sub(0, true)], due, at(1)).status).toBe("passed");
    expect(assignmentStatus([sub(-1, false)], due, at(0)).status).toBe("in-progress");
    expect(assignmentStatus([sub(-1, false)], due, new Date(at(0).getTime() + 1)).status).toBe("late");
  });

  it("reminds at exactly 48 hours, calls a due date just gone overdue, and never reminds a late pass", () => {
    const open = assignmentStatus([], due, at(-48));
    expect(reminderFor(open, due, at(-48))).toBe("due-soon");
    expect(reminderFor(open, due, at(0))).toBe("due-soon");
    expect(reminderFor(open, due, new Date(at(0).getTime() + 1))).toBe("overdue");
    const latePass = assignmentStatus([sub(2, true)], due, at(3));
    expect(latePass.status).toBe("late");
    expect(reminderFor(latePass, due, at(3))).toBeNull();
    expect(reminderFor(open, null, at(0))).toBeNull();
  });
});
