import { describe, expect, it } from "vitest";
import type { CloudEvent } from "@emberlearn/contracts";
import { activityFromEvent } from "./from-event.ts";

// The one place an event becomes a stored fact: a field mapped from the wrong place here changes
// every student's mastery, so each event type is checked field by field.

const ev = (type: string, data: Record<string, unknown>) =>
  ({ id: "ev-1", time: "2026-11-20T09:00:00.000Z", type, subject: "s1", data }) as unknown as CloudEvent;
const base = { id: "ev-1", time: "2026-11-20T09:00:00.000Z" };
const error = { type: "NameError", message: "name 'x' is not defined", line: 2 };

describe("activity from event", () => {
  it("keeps a run's module, exercise, status and error type, and its code and error when sent", () => {
    const data = { studentId: "s1", status: "error", errorType: "NameError", durationMs: 3, moduleId: "basics" };
    expect(activityFromEvent(ev("code.executed", { ...data, exerciseId: "e1", code: "print(x)", error }))).toEqual({
      ...base,
      kind: "run",
      moduleId: "basics",
      exerciseId: "e1",
      status: "error",
      errorType: "NameError",
      code: "print(x)",
      error,
    });
    const bare = activityFromEvent(ev("code.executed", data));
    expect(bare).toEqual({
      ...base,
      kind: "run",
      moduleId: "basics",
      exerciseId: undefined,
      status: "error",
      errorType: "NameError",
    });
    expect(Object.keys(bare!)).not.toContain("code");
    expect(Object.keys(bare!)).not.toContain("error");
    // an empty program is still the program that ran
    expect(activityFromEvent(ev("code.executed", { ...data, code: "" }))).toMatchObject({ code: "" });
  });

  it("keeps a review's score, not its number of findings", () => {
    expect(activityFromEvent(ev("code.reviewed", { studentId: "s1", score: 90, findings: 2, moduleId: "m" }))).toEqual({
      ...base,
      kind: "review",
      moduleId: "m",
      score: 90,
    });
  });

  it("keeps everything mastery and the teacher's evidence need from a grade", () => {
    const data = {
      studentId: "s1",
      exerciseId: "e1",
      submissionId: "sub-1",
      moduleId: "basics",
      score: 50,
      passed: false,
      difficulty: "medium",
      qualityScore: 70,
    };
    const failures = [{ name: "test_sum", message: "expected 3, got 4" }];
    expect(
      activityFromEvent(ev("exercise.graded", { ...data, exerciseTitle: "Sum", code: "x = 1", error, failures })),
    ).toEqual({
      ...base,
      kind: "graded",
      moduleId: "basics",
      exerciseId: "e1",
      score: 50,
      passed: false,
      difficulty: "medium",
      qualityScore: 70,
      submissionId: "sub-1",
      exerciseTitle: "Sum",
      code: "x = 1",
      error,
      failures,
    });
    expect(Object.keys(activityFromEvent(ev("exercise.graded", data))!)).not.toContain("code");
    const bare = activityFromEvent(ev("exercise.graded", { ...data, code: "" }))!;
    expect(Object.keys(bare).sort()).toEqual(
      [
        "id",
        "time",
        "kind",
        "moduleId",
        "exerciseId",
        "score",
        "passed",
        "difficulty",
        "qualityScore",
        "submissionId",
        "code",
      ].sort(),
    );
  });

  it("keeps a quiz attempt's score and the questions it drew", () => {
    const questions = [{ questionId: "q1", answered: true, correct: false }];
    const data = { studentId: "s1", quizId: "basics-quiz", moduleId: "basics", score: 75, correct: 6, total: 8 };
    expect(activityFromEvent(ev("quiz.completed", { ...data, questions }))).toEqual({
      ...base,
      kind: "quiz",
      moduleId: "basics",
      quizId: "basics-quiz",
      score: 75,
      questions,
    });
    expect(activityFromEvent(ev("quiz.completed", data))).toEqual({
      ...base,
      kind: "quiz",
      moduleId: "basics",
      quizId: "basics-quiz",
      score: 75,
    });
  });

  it("keeps a tutor question and whether the student said they are stuck (no means no)", () => {
    const data = { studentId: "s1", conversationId: "c1", message: "help", moduleId: "m", exerciseId: "e" };
    expect(activityFromEvent(ev("tutor.question.asked", { ...data, saysStuck: true }))).toEqual({
      ...base,
      kind: "question",
      moduleId: "m",
      exerciseId: "e",
      message: "help",
      saysStuck: true,
    });
    expect(activityFromEvent(ev("tutor.question.asked", data))).toMatchObject({ saysStuck: false });
  });

  it("keeps which lesson was read, and ignores events progress does not count", () => {
    expect(activityFromEvent(ev("concept.viewed", { studentId: "s1", moduleId: "m", conceptId: "for" }))).toEqual({
      ...base,
      kind: "concept",
      moduleId: "m",
      conceptId: "for",
    });
    expect(activityFromEvent(ev("struggle.detected", { studentId: "s1" }))).toBeUndefined();
  });
});
