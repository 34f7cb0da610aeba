import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateService, openDatabase, useStoredDataLogger, type Database } from "@emberlearn/platform";
import { captureLogger } from "@emberlearn/platform/testing/log-capture";
import { progressModule } from "../app.ts";
import {
  insertAlertIfNoneOpen,
  listActivities,
  listActivitiesByStudent,
  listAlerts,
  recordActivity,
} from "./progress-repository.ts";

// Activity rows and alert evidence are parsed on read: one damaged row is logged (naming it and the
// field) and left out, so a student's history and a teacher's alert list still load.

describe("stored progress rows", () => {
  let database: Database;
  const log = captureLogger("progress");
  const messages = () => log.lines().map((l) => String(l.msg));
  beforeAll(async () => {
    database = await openDatabase({});
    await migrateService(database, { service: "progress", folder: progressModule.migrations ?? "" });
    useStoredDataLogger(log.logger);
  }, 60_000);
  afterAll(async () => {
    await database.close();
  });

  it("skips a damaged activity row, logging which one and why", async () => {
    const studentId = randomUUID();
    const good = { kind: "review" as const, id: "a-good", time: "2026-12-01T10:00:00.000Z", score: 80 };
    const bad = { kind: "review" as const, id: "a-bad", time: "2026-12-01T10:01:00.000Z", score: 70 };
    await recordActivity(database.db, studentId, good);
    await recordActivity(database.db, studentId, bad);
    await database.db.execute(
      sql`UPDATE progress.activities SET data = jsonb_set(data, '{score}', '"high"') WHERE event_id = 'a-bad'`,
    );
    expect(await listActivities(database.db, studentId)).toEqual([good]);
    expect((await listActivitiesByStudent(database.db, [studentId])).get(studentId)).toEqual([good]);
    expect(messages()).toContain(
      "skipped the stored activity a-bad: it cannot be read (score: Invalid input: expected number, received string)",
    );
  });

  it("keeps an alert whose evidence item or details are damaged, without them", async () => {
    const studentId = randomUUID();
    const id = randomUUID();
    const item = { id: "e1", type: "run", time: "2026-12-01T10:00:00.000Z", data: { status: "error" } };
    await insertAlertIfNoneOpen(database.db, {
      id,
      studentId,
      trigger: "repeated-error",
      moduleId: null,
      summary: "Same error three times",
      evidence: [item, { ...item, id: "e2" }],
      details: null,
      createdAt: "2026-12-01T10:00:00.000Z",
    });
    await database.db.execute(
      sql`UPDATE progress.alerts SET evidence = jsonb_set(evidence, '{1,time}', '12'), details = '{"subject": 1}'
          WHERE id = ${id}`,
    );
    const [alert] = await listAlerts(database.db, [studentId]);
    expect(alert).toMatchObject({ id, summary: "Same error three times", evidence: [item], details: null });
    expect(messages()).toContain(
      `skipped the stored evidence 1 of alert ${id}: it cannot be read ` +
        "(time: Invalid input: expected string, received number)",
    );
    expect(messages().some((m) => m.startsWith(`skipped the stored details of alert ${id}`))).toBe(true);
  });
});
