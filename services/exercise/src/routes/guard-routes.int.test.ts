import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCurriculumSync } from "@emberlearn/content";
import { exerciseGuard } from "@emberlearn/contracts/http";
import { STRIPPED_NOTE } from "@emberlearn/platform";
import { startAuthPlatform, type Account, type AuthPlatform } from "@emberlearn/auth/testing/auth-platform";
import { exerciseModule } from "../app.ts";
import { renderExercise, variantSeed } from "../domain/exercise.ts";

// The solution guard as triage calls it, by path, with a real token from the auth service and triage's
// service identity: a tutor text that carries the exercise's solution (the student's own variant or a
// classmate's) comes back with the code removed, a harmless one unchanged; other callers are refused,
// since a student who could call it would have an oracle for guessing the solution.

describe("POST /api/exercise/guard", () => {
  let p: AuthPlatform;
  let ada: Account;
  const def = { ...loadCurriculumSync().exercises.find((e) => e.id === "word-count")!, origin: "curriculum" as const };
  const variant = (studentId: string) => renderExercise(def, variantSeed(studentId, def.id)).exercise;
  // the solution's own lines, not what the student is given anyway (the starter's signature)
  const secretLines = (solution: string, starter: string) =>
    solution
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l.length > 14 && !starter.includes(l));

  const fence = (code: string) => `\`\`\`python\n${code.trim()}\n\`\`\``;

  beforeAll(async () => {
    p = await startAuthPlatform([exerciseModule]);
    ada = await p.student("Ada");
  }, 120_000);
  afterAll(() => p?.stop());

  const guard = (body: unknown, opts: { token?: string; asService?: boolean } = {}) =>
    p.call("exercise", "/api/exercise/guard", { token: ada.token, asService: true, body, ...opts });

  it("removes the student's own variant's solution from a tutor's answer", async () => {
    const mine = variant(ada.id);
    const text = `Nearly there! Here is the fixed code:\n\n${fence(mine.solution)}\n\nDoes that make sense?`;
    const res = await guard({ exerciseId: def.id, text });
    expect(res.status).toBe(200);
    const reply = exerciseGuard.response.parse(res.body);
    expect(reply.stripped).toBeGreaterThanOrEqual(1);
    expect(reply.text).toContain(STRIPPED_NOTE);
    expect(reply.text).toContain("Nearly there!");
    const secrets = secretLines(mine.solution, mine.starter);
    expect(secrets.length).toBeGreaterThan(1);
    for (const line of secrets) {
      expect(reply.text).not.toContain(line);
      expect(reply.kept).not.toContain(line);
    }
  });

  it("removes a solution line quoted inline in prose", async () => {
    const line = variant(ada.id)
      .solution.split("\n")
      .find((l) => l.includes(".get("))!
      .trim();
    const reply = exerciseGuard.response.parse(
      (await guard({ exerciseId: def.id, text: `Try \`${line}\` inside your loop.` })).body,
    );
    expect(reply.stripped).toBe(1);
    expect(reply.text).toBe("Try `…` inside your loop.");
  });

  it("passes a harmless hint, and the starter code the student already has, unchanged", async () => {
    const mine = variant(ada.id);
    const intro = "Split the text into words first. Your function starts like this:";
    const text = `${intro}\n\n${fence(mine.starter)}\n\nWhat should a new word's count start at?`;
    const reply = exerciseGuard.response.parse((await guard({ exerciseId: def.id, text })).body);
    expect(reply).toEqual({ text, refuse: false, stripped: 0, kept: text });
  });

  it("refuses a caller without a token (401) or without a service identity (403)", async () => {
    const body = { exerciseId: def.id, text: "hello" };
    expect((await guard(body, { token: undefined })).status).toBe(401);
    const student = await guard(body, { asService: false });
    expect(student.status).toBe(403);
    expect(JSON.stringify(student.body)).toContain("only for EmberLearn's own services");
  });

  it("names the field of a malformed body (400), and an unknown exercise (404)", async () => {
    const noText = await guard({ exerciseId: def.id });
    expect(noText.status).toBe(400);
    expect(JSON.stringify(noText.body)).toContain("text");
    const noId = await guard({ exerciseId: "", text: "hi" });
    expect(noId.status).toBe(400);
    expect(JSON.stringify(noId.body)).toContain("exerciseId");
    const unknown = await guard({ exerciseId: "no-such-exercise", text: "hi" });
    expect(unknown.status).toBe(404);
  });
});
