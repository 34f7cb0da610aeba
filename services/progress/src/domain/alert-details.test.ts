import { describe, expect, it } from "vitest";
import type { Activity, ModuleCatalog } from "./activity.ts";
import { alertDetails, exerciseTitles } from "./alert-details.ts";
import type { Detection } from "./struggle.ts";

// What a teacher reads on an alert: what it is about, the latest code and error, the facts and what to try.

const catalog: ModuleCatalog[] = [
  { id: "basics", title: "Basics", order: 1, exercises: [{ id: "e1", title: "Greeting", difficulty: "easy" }] },
];
let n = 0;
const at = (s: number) => new Date(Date.UTC(2026, 10, 20, 9, 0, s)).toISOString();
const run = (s: number, extra: Partial<Extract<Activity, { kind: "run" }>> = {}): Activity => ({
  kind: "run",
  id: `run-${++n}`,
  time: at(s),
  moduleId: "basics",
  exerciseId: "e1",
  status: "error",
  errorType: "NameError",
  ...extra,
});
const graded = (s: number, extra: Partial<Extract<Activity, { kind: "graded" }>> = {}): Activity => ({
  kind: "graded",
  id: `g-${++n}`,
  time: at(s),
  moduleId: "basics",
  exerciseId: "t-ex",
  score: 40,
  passed: false,
  difficulty: "easy",
  ...extra,
});
const detection = (d: Partial<Detection> & Pick<Detection, "trigger" | "evidence">): Detection => ({
  moduleId: "basics",
  summary: "The summary",
  ...d,
});
const nameError = { type: "NameError", message: "name 'x' is not defined", line: 2 };

describe("alert details", () => {
  it("shows a repeated error with the latest code that ran, its error and advice for that error", () => {
    const latest = run(60, { code: "print(x)", error: nameError });
    const d = detection({
      trigger: "repeated-error",
      exerciseId: "e1",
      evidence: [run(0, { code: "old" }), run(30), latest],
    });
    expect(alertDetails(d, catalog, [])).toEqual({
      subject: { kind: "exercise", id: "e1", title: "Greeting" },
      module: { id: "basics", title: "Basics" },
      code: "print(x)",
      codeFrom: "run",
      evidenceId: latest.id,
      submissionId: null,
      error: nameError,
      failingChecks: [],
      message: null,
      facts: ["The summary", "Evidence: 3 runs over 60 s."],
      advice: [
        "Ask them to find where the name in the error is first given a value: a typo, a different capital letter, " +
          "or using it before the line that creates it.",
        "The same error keeps coming back, so the change they make each time is not the one that matters. " +
          "Start at line 2.",
      ],
    });
  });

  it("shows failed submissions with the first five failing checks and a teacher's own exercise title", () => {
    const failures = Array.from({ length: 6 }, (_, i) => ({ name: `check ${i}`, message: `wrong ${i}` }));
    const last = graded(600, { code: "def f(): pass", submissionId: "sub-2", failures, exerciseTitle: "My own" });
    const d = detection({ trigger: "failed-runs", exerciseId: "t-ex", evidence: [graded(0), run(30), last] });
    const details = alertDetails(d, catalog, [last]);
    expect(details).toMatchObject({
      subject: { kind: "exercise", id: "t-ex", title: "My own" },
      code: "def f(): pass",
      codeFrom: "submission",
      evidenceId: last.id,
      submissionId: "sub-2",
      error: null,
      failingChecks: failures.slice(0, 5),
      facts: ["The summary", "Evidence: 1 run and 2 submissions over 10 min."],
      advice: [
        "Look at the failing check together: “check 0: wrong 0”. Ask what their code returns for that input.",
        "Suggest one small change at a time, running after each, instead of rewriting.",
      ],
    });
    // without the grade in the history, the exercise is named by its id
    expect(alertDetails(d, catalog, []).subject.title).toBe("t-ex");
  });

  it("shows a low quiz score as about the quiz, named after its module", () => {
    const quiz: Activity = { kind: "quiz", id: "q1", time: at(0), moduleId: "loops", quizId: "loops-quiz", score: 20 };
    const d = detection({ trigger: "low-quiz-score", moduleId: "loops", evidence: [quiz] });
    expect(alertDetails(d, catalog, [])).toMatchObject({
      subject: { kind: "quiz", id: "loops-quiz", title: "loops quiz" },
      module: null,
      code: null,
      codeFrom: null,
      evidenceId: "q1",
      facts: ["The summary"],
    });
    expect(
      alertDetails({ ...d, moduleId: "basics", evidence: [{ ...quiz, moduleId: "basics" }] }, catalog, []).subject
        .title,
    ).toBe("Basics quiz");
  });

  it("shows the student's own words when they said they are stuck", () => {
    const q: Activity = { kind: "question", id: "c9", time: at(0), message: "I'm lost", saysStuck: true };
    const details = alertDetails(detection({ trigger: "said-stuck", moduleId: null, evidence: [q] }), catalog, []);
    expect(details).toMatchObject({
      subject: { kind: "conversation", id: "c9", title: "A question to the tutor" },
      module: null,
      message: "I'm lost",
      advice: [
        "Check in with them soon: they asked for help in their own words.",
        "Read the conversation below first.",
      ],
    });
  });

  it("falls back to the module, the error type alone and general advice for code outside an exercise", () => {
    const r = run(0, { exerciseId: undefined, errorType: "FooError" });
    const details = alertDetails(detection({ trigger: "repeated-error", moduleId: null, evidence: [r] }), catalog, []);
    expect(details).toMatchObject({
      subject: { kind: "module", id: "", title: "Code outside an exercise" },
      error: { type: "FooError", message: null, line: null },
      facts: ["The summary", "Evidence: 1 run over 0 s."],
      advice: [
        "Read the FooError message with them, word by word, and ask what they think it means.",
        "The same error keeps coming back, so the change they make each time is not the one that matters.",
      ],
    });
    const inModule = alertDetails(detection({ trigger: "repeated-error", evidence: [r] }), catalog, []);
    expect(inModule.subject).toEqual({ kind: "module", id: "basics", title: "Basics" });
  });

  it("cuts long code, and writes spans under 90 s in seconds, longer ones in minutes", () => {
    const long = run(89, { code: "x".repeat(9000) });
    const d = detection({ trigger: "repeated-error", evidence: [run(0), long] });
    const details = alertDetails(d, catalog, []);
    expect(details.code).toHaveLength(8000);
    expect(details.facts[1]).toBe("Evidence: 2 runs over 89 s.");
    expect(alertDetails({ ...d, evidence: [run(0), run(90)] }, catalog, []).facts[1]).toBe(
      "Evidence: 2 runs over 2 min.",
    );
    expect(alertDetails({ ...d, evidence: [] }, catalog, []).facts).toEqual([]);
  });
});

describe("advice per trigger", () => {
  it("asks for a plan on a stuck exercise, with the latest failing check when there is one", () => {
    const stuck = (evidence: Activity[]) =>
      alertDetails(detection({ trigger: "stuck-on-exercise", exerciseId: "e1", evidence }), catalog, []).advice;
    expect(stuck([graded(0)])).toEqual([
      "Ask them to say their plan in words before any code: what goes in, what comes out.",
      "Point them to the exercise's hints (nudge, then concept) before giving more.",
    ]);
    expect(stuck([graded(0, { failures: [{ name: "adds", message: "got 3" }] })])[1]).toBe(
      "Their latest submission fails “adds: got 3”: work through that one example by hand together.",
    );
    const failed = alertDetails(detection({ trigger: "failed-runs", evidence: [run(0)] }), catalog, []).advice;
    expect(failed[0]).toBe("Ask them to explain, line by line, what their program does before changing it again.");
  });
});

describe("exercise titles", () => {
  it("prefers the title a grade carried over the curriculum's", () => {
    const titleOf = exerciseTitles(catalog, [graded(0, { exerciseId: "e1", exerciseTitle: "Renamed" })]);
    expect(titleOf("e1")).toBe("Renamed");
    expect(titleOf("nope")).toBeUndefined();
  });
});
