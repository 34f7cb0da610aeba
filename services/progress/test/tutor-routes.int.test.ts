import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCurriculumSync } from "@emberlearn/content";
import { progressTutor } from "@emberlearn/contracts/http";
import { createEvent } from "@emberlearn/platform";
import { startAuthPlatform, type Account, type AuthPlatform } from "@emberlearn/auth/testing/auth-platform";
import { progressModule } from "../src/app.ts";

// The progress tutor as triage calls it, by path, with a real token from the auth service and triage's
// service identity: it talks about the asking student's own mastery (from the events progress consumed),
// never another student's, and refuses callers that are not a service.

type Report = { overall: { mastery: number }; modules: { moduleId: string; title: string; mastery: number }[] };

describe("POST /api/progress/tutor", () => {
  let p: AuthPlatform;
  let ada: Account;
  let grace: Account;
  let newcomer: Account;
  const exercises = loadCurriculumSync().exercises;
  const graded = (who: Account, moduleId: string, score: number, n: number) =>
    exercises
      .filter((e) => e.module === moduleId)
      .slice(0, n)
      .map((e) =>
        createEvent(
          "exercise.graded",
          {
            studentId: who.id,
            exerciseId: e.id,
            submissionId: `${who.id}-${e.id}`,
            moduleId,
            score,
            passed: score === 100,
            difficulty: e.difficulty,
          },
          "exercise",
        ),
      );

  beforeAll(async () => {
    p = await startAuthPlatform([progressModule]);
    [ada, grace, newcomer] = [await p.student("Ada"), await p.student("Grace"), await p.student("New")];
    // Ada: strong in basics, weak in control flow; Grace: only data structures
    await p.platform.bus.publish("exercise.events", [
      ...graded(ada, "basics", 100, 4),
      ...graded(ada, "control-flow", 40, 1),
      ...graded(grace, "data-structures", 100, 3),
    ]);
    await p.platform.bus.drain();
  }, 120_000);
  afterAll(() => p?.stop());

  const ask = (who: Account | undefined, body: unknown = { message: "how am I doing?" }, asService = true) =>
    p.call("progress", "/api/progress/tutor", { token: who?.token, asService, body });
  const reportOf = async (who: Account) => (await p.call("progress", "/api/progress/me", { token: who.token })).body;

  it("tells the student their own overall mastery, strongest module and what holds them back", async () => {
    const res = await ask(ada);
    expect(res.status).toBe(200);
    const reply = progressTutor.response.parse(res.body);
    expect(reply.agent).toBe("progress");
    const report = (await reportOf(ada)) as Report;
    const basics = report.modules.find((m) => m.moduleId === "basics")!;
    expect(report.overall.mastery).toBeGreaterThan(0);
    expect(reply.offline).toContain(`Your overall mastery is **${report.overall.mastery}/100**`);
    expect(reply.offline).toContain(`Your strongest module is **${basics.title}** at ${basics.mastery}/100`);
    expect(reply.offline).toMatch(/In \*\*Control flow[^*]*\*\* \(\d+\/100\), the part holding you back/i);
    expect(reply.context).toContain(`Overall ${report.overall.mastery}/100.`);
  });

  it("speaks of another student's progress only to that student", async () => {
    const reply = progressTutor.response.parse((await ask(grace)).body);
    const report = (await reportOf(grace)) as Report;
    expect(reply.offline).toContain(`Your overall mastery is **${report.overall.mastery}/100**`);
    expect(reply.offline).toMatch(/Your strongest module is \*\*Data structures\*\*/);
    // Ada's weak module is hers alone: Grace never tried control flow
    expect(reply.offline).not.toContain("Control flow");
  });

  it("encourages a student who has not started", async () => {
    const reply = progressTutor.response.parse((await ask(newcomer)).body);
    expect(reply.offline).toContain("You are just getting started");
    expect(reply.context).toMatch(/^Overall 0\/100\./);
  });

  it("refuses a caller without a token (401) or without a service identity (403)", async () => {
    expect((await ask(undefined)).status).toBe(401);
    const student = await ask(ada, { message: "how am I doing?" }, false);
    expect(student.status).toBe(403);
    expect(JSON.stringify(student.body)).toContain("only for EmberLearn's own services");
  });

  it("names the field of a malformed body (400)", async () => {
    const missing = await ask(ada, {});
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.body)).toContain("message");
    const long = await ask(ada, { message: "x".repeat(4001) });
    expect(long.status).toBe(400);
    expect(JSON.stringify(long.body)).toContain("message");
  });
});
