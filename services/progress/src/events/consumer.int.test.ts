import { describe, expect, it } from "vitest";
import {
  createEvent,
  createLogger,
  createMemoryBus,
  createEmitter,
  createOutboxRelay,
  migrateService,
  openDatabase,
} from "@emberlearn/platform";
import type { EventData, EventType } from "@emberlearn/contracts";
import type { CloudEvent } from "@emberlearn/contracts";
import { createActivityHandler } from "./consumer.ts";
import { inbox, outbox } from "../repository/schema.ts";
import { listActivities, listAlerts } from "../repository/progress-repository.ts";
import { buildReport } from "../domain/report.ts";
import { DEFAULT_THRESHOLDS } from "../domain/struggle.ts";
import type { ModuleCatalog } from "../domain/activity.ts";
import { progressModule } from "../app.ts";

const catalog: ModuleCatalog[] = [
  {
    id: "basics",
    title: "Basics",
    order: 1,
    exercises: [
      { id: "e1", title: "E1", difficulty: "easy" },
      { id: "m1", title: "M1", difficulty: "medium" },
    ],
  },
];
const tables = { outbox, inbox };

/** A fresh progress store with the real consumer wired to it. */
async function store() {
  const database = await openDatabase({});
  await migrateService(database, { service: "progress", folder: progressModule.migrations! });
  const bus = createMemoryBus();
  const alerts: CloudEvent[] = [];
  await bus.subscribe({ topic: "struggle.alerts", group: "test", handler: async (e) => void alerts.push(e) });
  const relay = createOutboxRelay({ db: database.db, tables, bus, logger: createLogger("test", "silent") });
  const handle = createActivityHandler({
    events: createEmitter({ db: database.db, tables, relay, source: "progress" }),
    thresholds: DEFAULT_THRESHOLDS,
    catalog,
  });
  return {
    handle,
    alerts,
    async report(studentId: string) {
      await relay.flush();
      await bus.drain();
      return buildReport(
        studentId,
        catalog,
        await listActivities(database.db, studentId),
        "UTC",
        new Date("2026-12-01T00:00:00Z"),
      );
    },
    alertRows: (studentId: string) => listAlerts(database.db, [studentId]),
    activities: (studentId: string) => listActivities(database.db, studentId),
    close: () => database.close(),
  };
}

let t = Date.parse("2026-11-20T09:00:00Z");
function ev<T extends EventType>(type: T, data: EventData<T>): CloudEvent {
  const e = createEvent(type, data, "test");
  t += 60_000;
  return { ...e, time: new Date(t).toISOString() } as CloudEvent;
}

const S = "student-42";
const log: CloudEvent[] = [
  ev("code.executed", { studentId: S, status: "error", errorType: "NameError", durationMs: 3, moduleId: "basics" }),
  ev("code.executed", { studentId: S, status: "error", errorType: "NameError", durationMs: 3, moduleId: "basics" }),
  ev("code.executed", { studentId: S, status: "error", errorType: "NameError", durationMs: 3, moduleId: "basics" }),
  ev("exercise.graded", {
    studentId: S,
    exerciseId: "e1",
    submissionId: "s1",
    moduleId: "basics",
    score: 50,
    passed: false,
    difficulty: "easy",
  }),
  ev("exercise.graded", {
    studentId: S,
    exerciseId: "e1",
    submissionId: "s2",
    moduleId: "basics",
    score: 100,
    passed: true,
    difficulty: "easy",
    qualityScore: 80,
  }),
  ev("quiz.completed", { studentId: S, quizId: "basics-quiz", moduleId: "basics", score: 75, correct: 6, total: 8 }),
  ev("code.reviewed", { studentId: S, score: 90, findings: 1, moduleId: "basics" }),
  ev("tutor.question.asked", { studentId: S, conversationId: "c1", message: "I'm totally lost", saysStuck: true }),
];

describe("progress consumer", () => {
  it("gives identical mastery when the log is replayed into an empty store; a redelivery changes nothing", async () => {
    const first = await store();
    for (const e of log) await first.handle(e);
    const original = await first.report(S);
    expect(original.modules[0].mastery).toBeGreaterThan(0);

    // replay: a fresh store, every event delivered twice, the duplicates out of order
    const replay = await store();
    for (const e of log) await replay.handle(e);
    for (const e of [...log].reverse()) await replay.handle(e);
    expect(await replay.report(S)).toEqual(original);

    // one alert per trigger, however often the events that raised it arrive
    const triggers = (await replay.alertRows(S)).map((a) => a.trigger).sort();
    expect(triggers).toEqual(["repeated-error", "said-stuck"]);
    expect(replay.alerts.filter((a) => a.type === "struggle.detected")).toHaveLength(2);
    await first.close();
    await replay.close();
  });

  // The replay test above compares the store with itself, so it cannot see a field mapped wrongly:
  // this one checks each stored fact, and the mastery worked out by hand from the log.
  it("stores each event as the activity it means, and mastery follows from those", async () => {
    const s = await store();
    for (const e of log) await s.handle(e);
    const stored = (await s.activities(S)).map(({ id: _id, time: _time, ...rest }) => rest);
    expect(stored).toEqual([
      { kind: "run", moduleId: "basics", status: "error", errorType: "NameError" },
      { kind: "run", moduleId: "basics", status: "error", errorType: "NameError" },
      { kind: "run", moduleId: "basics", status: "error", errorType: "NameError" },
      {
        kind: "graded",
        moduleId: "basics",
        exerciseId: "e1",
        submissionId: "s1",
        score: 50,
        passed: false,
        difficulty: "easy",
      },
      {
        kind: "graded",
        moduleId: "basics",
        exerciseId: "e1",
        submissionId: "s2",
        score: 100,
        passed: true,
        difficulty: "easy",
        qualityScore: 80,
      },
      { kind: "quiz", moduleId: "basics", quizId: "basics-quiz", score: 75 },
      { kind: "review", moduleId: "basics", score: 90 },
      { kind: "question", message: "I'm totally lost", saysStuck: true },
    ]);
    expect((await s.activities(S)).map((a) => a.id)).toEqual(log.map((e) => e.id));

    // exercise: best 100 on the easy one of easy + medium → 100·1/3 = 33.3; quiz 75 (an attempt before
    // draws); quality: mean of 80 (graded) and 90 (review) = 85; consistency: one day of five = 20
    const basics = (await s.report(S)).modules[0]!;
    expect(basics.components.map((c) => [c.name, c.value])).toEqual([
      ["exercise", 33.3],
      ["quiz", 75],
      ["codeQuality", 85],
      ["consistency", 20],
    ]);
    expect(basics.mastery).toBe(Math.round(13.3 + 22.5 + 17 + 2));
    await s.close();
  });
});
