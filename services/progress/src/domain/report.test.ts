import { describe, expect, it } from "vitest";
import type { Activity, ModuleCatalog } from "./activity.ts";
import { levelFor } from "./levels.ts";
import type { ModuleMastery } from "./mastery.ts";
import { describeProgress } from "./progress-talk.ts";
import { buildReport, masteryTimeline, moduleTimeline, type ProgressReport } from "./report.ts";

// The student's report (the dashboard), its charts, and the progress tutor's words about it.

const catalog: ModuleCatalog[] = [
  { id: "loops", title: "Loops", order: 2, exercises: [{ id: "l1", title: "Count", difficulty: "easy" }] },
  {
    id: "basics",
    title: "Basics",
    order: 1,
    exercises: [{ id: "b1", title: "Hello", difficulty: "easy" }],
    concepts: [{ id: "printing", title: "Printing", order: 1 }],
  },
];
let n = 0;
const graded = (exerciseId: string, moduleId: string, score: number, time: string): Activity => ({
  kind: "graded",
  id: `g${n++}`,
  time,
  moduleId,
  exerciseId,
  score,
  passed: score === 100,
  difficulty: "easy",
});
const read = (conceptId: string, time: string): Activity => ({
  kind: "concept",
  id: `c${n++}`,
  time,
  moduleId: "basics",
  conceptId,
});

describe("student report", () => {
  it("lists modules in course order, marks which were started, and what is done", () => {
    const acts = [read("printing", "2026-11-30T10:00:00Z"), graded("b1", "basics", 100, "2026-12-01T10:00:00Z")];
    const r = buildReport("ada", catalog, acts, "UTC", new Date("2026-12-01T12:00:00Z"));
    expect(r.studentId).toBe("ada");
    expect(r.modules.map((m) => [m.moduleId, m.started])).toEqual([
      ["basics", true],
      ["loops", false],
    ]);
    expect(r.overall.mastery).toBe(Math.round((r.modules[0]!.mastery + 0) / 2));
    expect(r.streak).toMatchObject({ current: 2, activeToday: true });
    expect(r.next?.moduleId).toBe("loops");
    expect(r.done).toEqual({ concepts: ["printing"], exercises: ["b1"] });
  });

  it("charts mastery at the end of each active day, in the student's time zone", () => {
    const acts = [
      graded("b1", "basics", 50, "2026-11-30T23:30:00Z"),
      graded("b1", "basics", 100, "2026-12-01T10:00:00Z"),
    ];
    const utc = masteryTimeline(catalog, acts, "UTC");
    expect(utc.map((p) => p.day)).toEqual(["2026-11-30", "2026-12-01"]);
    expect(utc[0]!.mastery).toBeLessThan(utc[1]!.mastery);
    // in Paris the first grade was already on 1 December: one day
    expect(masteryTimeline(catalog, acts, "Europe/Paris").map((p) => p.day)).toEqual(["2026-12-01"]);
    const byModule = moduleTimeline(catalog, acts, "UTC");
    expect(byModule.map((p) => [p.day, p.overall])).toEqual(utc.map((p) => [p.day, p.mastery]));
    expect(Object.keys(byModule[1]!.modules)).toEqual(["loops", "basics"]);
    expect(byModule[1]!.modules.loops).toBe(0);
    expect(byModule[1]!.modules.basics).toBeGreaterThan(byModule[0]!.modules.basics!);
  });
});

const mod = (
  moduleId: string,
  title: string,
  mastery: number,
  low?: { name: string; value: number; reason?: string },
) =>
  ({
    moduleId,
    title,
    mastery,
    level: levelFor(mastery),
    started: mastery > 0,
    components: [
      { name: "exercise", value: 90, weight: 0.4, contribution: 36, reasons: [] },
      ...(low
        ? [
            {
              name: low.name,
              value: low.value,
              weight: 0.1,
              contribution: 0,
              reasons: low.reason ? [{ text: low.reason }] : [],
            },
          ]
        : []),
    ],
  }) as unknown as ModuleMastery & { started: boolean };
const report = (r: Partial<ProgressReport>): ProgressReport => ({
  studentId: "ada",
  overall: { mastery: 0, level: levelFor(0) },
  modules: [],
  streak: { current: 0, longest: 0, lastActiveDay: null, activeToday: false },
  next: null,
  done: { concepts: [], exercises: [] },
  ...r,
});
const next = (exercise: { title: string; difficulty: string } | null) => ({
  moduleId: "loops",
  moduleTitle: "Loops",
  reason: "Loops is your weakest module (12/100)",
  exercise: exercise && { id: "x", ...exercise },
  concept: null,
});

describe("the progress tutor's words", () => {
  it("welcomes a beginner and points at the first exercise", () => {
    expect(
      describeProgress(
        report({ modules: [mod("basics", "Basics", 0)], next: next({ title: "Hello", difficulty: "easy" }) }),
      ),
    ).toBe(
      "You are just getting started, and that is a great place to be!\n\n" +
        '**Next step:** Loops is your weakest module (12/100). Try the exercise "Hello" (easy).',
    );
  });

  it("names the overall level, the strongest module, and what holds the weakest back", () => {
    const text = describeProgress(
      report({
        overall: { mastery: 45, level: levelFor(45) },
        modules: [
          mod("basics", "Basics", 80),
          mod("loops", "Loops", 12, { name: "consistency", value: 20, reason: "Practised on 1 day in the last 14" }),
          mod("files", "Files", 0),
        ],
        streak: { current: 3, longest: 3, lastActiveDay: "2026-12-01", activeToday: true },
        next: next(null),
      }),
    );
    expect(text.split("\n\n")).toEqual([
      "Your overall mastery is **45/100** (Learning).",
      "Your strongest module is **Basics** at 80/100 (Proficient).",
      "In **Loops** (12/100), the part holding you back is regular practice: Practised on 1 day in the last 14.",
      "You have practised 3 days in a row. Keep the streak going!",
      "**Next step:** Loops is your weakest module (12/100). Take the module quiz to check what you know.",
    ]);
  });

  it("leaves out the weakest module when only one was started, and recalls the longest streak", () => {
    const text = describeProgress(
      report({
        overall: { mastery: 20, level: levelFor(20) },
        modules: [mod("basics", "Basics", 40)],
        streak: { current: 1, longest: 4, lastActiveDay: "2026-12-01", activeToday: true },
      }),
    );
    expect(text.split("\n\n")).toEqual([
      "Your overall mastery is **20/100** (Beginner).",
      "Your strongest module is **Basics** at 40/100 (Beginner).",
      "Your longest streak so far is 4 days. A little practice every day helps a lot.",
    ]);
  });

  it("says when a weak part has no data yet, and names each part in words", () => {
    const say = (name: string) =>
      describeProgress(
        report({ modules: [mod("basics", "Basics", 80), mod("loops", "Loops", 10, { name, value: 0 })] }),
      ).split("\n\n")[2];
    expect(say("quiz")).toBe("In **Loops** (10/100), the part holding you back is the quiz: no data yet.");
    expect(say("codeQuality")).toContain("is code quality:");
    expect(say("exercise")).toContain("is exercises:");
  });
});
