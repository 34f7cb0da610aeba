import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateService, openDatabase, useStoredDataLogger, type Database } from "@emberlearn/platform";
import { captureLogger } from "@emberlearn/platform/testing/log-capture";
import { exerciseModule } from "../app.ts";
import { insertOpenAttempt, listSubmittedAttempts, submitAttempt } from "./quiz-repository.ts";

// A quiz attempt's stored answers and feedback are parsed on read: a damaged row is logged, naming
// the attempt and the field, and reads as "no answers" instead of reaching the page as a wrong type.

describe("stored quiz attempts", () => {
  let database: Database;
  const log = captureLogger("exercise");
  beforeAll(async () => {
    database = await openDatabase({});
    await migrateService(database, { service: "exercise", folder: exerciseModule.migrations ?? "" });
    useStoredDataLogger(log.logger);
  }, 60_000);
  afterAll(async () => {
    await database.close();
  });

  const results = [{ questionId: "q1", answered: true, correct: true, given: 2, expected: 2 }];
  async function submitted(studentId: string) {
    const id = randomUUID();
    await insertOpenAttempt(database.db, { id, studentId, quizId: "basics", questionIds: ["q1"] });
    await submitAttempt(database.db, { id, studentId, answers: { q1: 2 }, score: 100, correct: 1, results });
    return id;
  }

  it("reads answers and feedback back as they were written", async () => {
    const studentId = randomUUID();
    await submitted(studentId);
    const [attempt] = await listSubmittedAttempts(database.db, studentId);
    expect(attempt.answers).toEqual({ q1: 2 });
    expect(attempt.results).toEqual(results);
  });

  it("logs and leaves out damaged answers and feedback, keeping the rest of the attempt", async () => {
    const studentId = randomUUID();
    const id = await submitted(studentId);
    await database.db.execute(
      sql`UPDATE exercise.quiz_attempts SET answers = '{"q1": {"x": 1}}', results = '[{"questionId": 7}]'
          WHERE id = ${id}`,
    );
    const [attempt] = await listSubmittedAttempts(database.db, studentId);
    expect(attempt).toMatchObject({ id, answers: null, results: null, score: 100 });
    const messages = log.lines().map((l) => l.msg);
    expect(messages).toContain(
      `skipped the stored answers of quiz attempt ${id}: it cannot be read (q1: Invalid input)`,
    );
    expect(messages.some((m) => String(m).startsWith(`skipped the stored results of quiz attempt ${id}`))).toBe(true);
  });
});
