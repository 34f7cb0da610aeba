import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError, migrateService, openDatabase, type Database } from "@emberlearn/platform";
import { exerciseModule } from "../app.ts";
import { insertSubmission, listSubmissions } from "./exercise-repository.ts";

// A stored grade is read back through the contract's schema: a damaged row is an error that names the
// submission and the field, not a grade page that shows "undefined".

describe("stored grades", () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({});
    await migrateService(database, { service: "exercise", folder: exerciseModule.migrations ?? "" });
  }, 60_000);
  afterAll(async () => {
    await database.close();
  });

  const grade = {
    score: 50,
    passed: false,
    status: "failed",
    summary: "1 of 2 checks passed",
    tests: [{ name: "Adds two numbers", passed: true, message: "ok", outcome: "passed" as const }],
  };

  it("reads a stored grade back as it was written", async () => {
    const studentId = randomUUID();
    const id = randomUUID();
    await insertSubmission(database.db, { id, studentId, exerciseId: "add", variant: "base", code: "x = 1", grade });
    const [row] = await listSubmissions(database.db, studentId);
    expect(row.results).toEqual(grade);
  });

  it("refuses a damaged one, naming the submission and the field", async () => {
    const studentId = randomUUID();
    const id = randomUUID();
    await insertSubmission(database.db, { id, studentId, exerciseId: "add", variant: "base", code: "x = 1", grade });
    await database.db.execute(
      sql`UPDATE exercise.submissions SET results = jsonb_set(results, '{tests,0,passed}', '"yes"') WHERE id = ${id}`,
    );
    const err = await listSubmissions(database.db, studentId).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(500);
    expect((err as AppError).message).toBe(
      `The stored grade of submission ${id} cannot be read ` +
        "(tests.0.passed: Invalid input: expected boolean, received string)",
    );
  });
});
