import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServices, type TestServices } from "@emberlearn/platform/testing/services";
import { SERVICE_TOKEN_HEADER, serviceIdentity } from "@emberlearn/platform";
import { loadCurriculumSync } from "@emberlearn/content";
import { sandboxModule } from "../../../sandbox/src/app.ts";
import { exerciseModule } from "../app.ts";
import { renderExercise, variantSeed } from "../domain/exercise.ts";

// The practice check and the hint ladder, through HTTP, with the real sandbox running the hidden tests.
describe("exercise tutor routes", () => {
  let services: TestServices;
  const student = "checker";
  const def = loadCurriculumSync().exercises.find((e) => e.id === "word-count")!;
  const mine = renderExercise({ ...def, origin: "curriculum" }, variantSeed(student, def.id)).exercise;
  const func = /def (\w+)/.exec(mine.solution)![1]!;

  beforeAll(async () => {
    services = await startTestServices([sandboxModule, exerciseModule], {
      env: { EXERCISE_CHECKS_PER_MINUTE: "6", SANDBOX_WORKERS: "1" },
    });
  });
  afterAll(() => services?.stop());

  const post = (path: string, body: unknown, who = student) =>
    fetch(`${services.url("exercise")}${path}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${services.token(who)}`,
        // the tutor route is internal: triage calls it with its service identity
        ...(path.endsWith("/tutor") ? { [SERVICE_TOKEN_HEADER]: serviceIdentity().token("triage", "exercise") } : {}),
      },
      body: JSON.stringify(body),
    });
  const check = async (code: string, who = student) =>
    (await post("/api/exercise/checks", { exerciseId: def.id, code }, who)).json();

  it("explains the first failing check in words, without test code or the solution, and records nothing", async () => {
    const r = await check(
      `def ${func}(text):\n    counts = {}\n    for w in text.split():\n        counts[w] = counts.get(w, 0) + 1\n ` +
        "   return counts\n",
    );
    expect(r).toMatchObject({ passed: false, verdict: "failing", passedCount: 2, total: 3 });
    expect(r.firstFailing.explanation).toContain("case does not matter");
    expect(r.firstFailing.explanation).toMatch(/your code gave|returned/);
    const said = JSON.stringify(r);
    for (const secret of [
      "assertEqual",
      "import",
      "unittest",
      "self.",
      ...mine.solution.split("\n").map((l) => l.trim()),
    ])
      if (secret.length > 6) expect(said).not.toContain(secret);
    const history = await fetch(`${services.url("exercise")}/api/exercise/exercises/${def.id}/submissions`, {
      headers: { authorization: `Bearer ${services.token(student)}` },
    });
    expect((await history.json()).submissions).toEqual([]);
  }, 30_000);

  it("says plainly when the code does not run, and passes the reference solution", async () => {
    const broken = await check(`def ${func}(text)\n    return {}\n`);
    expect(broken).toMatchObject({ passed: false, verdict: "does-not-run", firstFailing: null });
    expect(broken.error).toMatchObject({ type: "SyntaxError", line: 1 });
    expect(await check(mine.solution)).toMatchObject({ passed: true, verdict: "passed", passedCount: 3, total: 3 });
  }, 30_000);

  it("rate-limits checks per student, names bad fields and unknown exercises", async () => {
    const other = "spammer";
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push((await post("/api/exercise/checks", { exerciseId: "nope", code: "x" }, other)).status);
    expect(statuses.slice(0, 6)).toEqual([404, 404, 404, 404, 404, 404]);
    const limited = await post("/api/exercise/checks", { exerciseId: def.id, code: "x" }, other);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    const bad = await post("/api/exercise/checks", { exerciseId: def.id }, "fresh");
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain("code");
  }, 30_000);

  it("holds the pointed rung 3 back until the student has tried something", async () => {
    const ask = async (hintLevel: number, attempted: boolean) =>
      (await post("/api/exercise/tutor", { message: "hint", exerciseId: def.id, hintLevel, attempted })).json();
    expect((await ask(1, false)).hint).toMatchObject({ level: 1, of: 3, held: false });
    const early = await ask(3, false);
    expect(early.hint).toMatchObject({ level: 2, held: true });
    expect(early.offline).toMatch(/try a change/);
    expect((await ask(3, true)).hint).toMatchObject({ level: 3, held: false });
  });
});
