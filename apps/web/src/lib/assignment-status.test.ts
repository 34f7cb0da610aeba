import { describe, expect, it } from "vitest";
import { assignmentStatus, dueWords } from "./assignment-status";

const now = new Date("2026-12-10T12:00:00Z");
const a = { exerciseId: "greeting", dueAt: "2026-12-09T23:00:00Z" };
const sub = (passed: boolean, createdAt: string) => ({ exerciseId: "greeting", passed, createdAt });

describe("an assignment's status for a student", () => {
  it("is not started, in progress or late depending on the score and the date", () => {
    expect(assignmentStatus({ ...a, dueAt: null }, null, [], now)).toBe("not-started");
    expect(assignmentStatus({ ...a, dueAt: "2026-12-12T00:00:00Z" }, 50, [], now)).toBe("in-progress");
    expect(assignmentStatus(a, 50, [sub(false, "2026-12-08T10:00:00Z")], now)).toBe("late");
  });

  it("is passed, or passed late when the first pass came after the due date", () => {
    expect(assignmentStatus(a, 100, [sub(true, "2026-12-09T10:00:00Z")], now)).toBe("passed");
    expect(assignmentStatus(a, 100, [sub(true, "2026-12-10T10:00:00Z")], now)).toBe("passed-late");
  });

  it("says when it is due in words", () => {
    expect(dueWords(null, now)).toBe("no due date");
    expect(dueWords("2026-12-13T12:00:00Z", now)).toBe("due in 3 days");
    expect(dueWords("2026-12-08T12:00:00Z", now)).toBe("was due 2 days ago");
  });
});
