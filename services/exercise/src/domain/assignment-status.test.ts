import { describe, expect, it } from "vitest";
import { assignmentStatus, reminderFor } from "./assignment-status.ts";

const due = "2026-12-01T12:00:00.000Z";
const before = (h: number) => new Date(Date.parse(due) - h * 3_600_000);
const sub = (at: Date, passed: boolean, score = passed ? 100 : 40) => ({ passed, score, createdAt: at.toISOString() });

describe("a student's status on an assignment", () => {
  it("is not started, then in progress, then passed", () => {
    expect(assignmentStatus([], due, before(72)).status).toBe("not-started");
    expect(assignmentStatus([sub(before(50), false)], due, before(49)).status).toBe("in-progress");
    const passed = assignmentStatus([sub(before(50), false), sub(before(1), true)], due, before(-10));
    expect(passed).toMatchObject({ status: "passed", attempts: 2, bestScore: 100 });
  });
  it("is late when the due date passed without a pass by then, even if they passed afterwards", () => {
    expect(assignmentStatus([], due, before(-1)).status).toBe("late");
    const afterDue = assignmentStatus([sub(before(-24), true)], due, before(-30));
    expect(afterDue.status).toBe("late");
    expect(afterDue.detail).toBe("Passed 24 hours late (1 submission)");
  });
  it("with no due date is never late", () => {
    expect(assignmentStatus([], null, new Date("2030-01-01")).status).toBe("not-started");
  });
  it("reminds about work due within 48 hours or overdue, never about work passed", () => {
    const open = assignmentStatus([], due, before(47));
    expect(reminderFor(open, due, before(47))).toBe("due-soon");
    expect(reminderFor(open, due, before(49))).toBeNull();
    expect(reminderFor(assignmentStatus([], due, before(-1)), due, before(-1))).toBe("overdue");
    const done = assignmentStatus([sub(before(2), true)], due, before(1));
    expect(reminderFor(done, due, before(1))).toBeNull();
  });
});
