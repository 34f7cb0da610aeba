import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCurriculumSync } from "@emberlearn/content";
import { conceptsTutor } from "@emberlearn/contracts/http";
import { createEvent } from "@emberlearn/platform";
import { startAuthPlatform, type Account, type AuthPlatform } from "@emberlearn/auth/testing/auth-platform";
import { progressModule } from "@emberlearn/progress";
import { conceptsModule } from "../src/app.ts";

// The concepts tutor as triage calls it, by path, with a real token from the auth service and triage's
// service identity, and the real progress service behind it: a concept question is answered at the
// depth the student's mastery of its module implies (simple for a newcomer, deep for a strong student),
// a follow-up continues the concept, and callers that are not a service are refused.

describe("POST /api/concepts/tutor", () => {
  let p: AuthPlatform;
  let newcomer: Account;
  let strong: Account;
  const curriculum = loadCurriculumSync();
  const forLoops = curriculum.concepts.find((c) => c.id === "for-loops")!;

  beforeAll(async () => {
    p = await startAuthPlatform([progressModule, conceptsModule]);
    newcomer = await p.student("Newcomer");
    strong = await p.student("Strong");
    // the strong student has passed every control-flow exercise, aced its quiz and writes clean code
    const studentId = strong.id;
    const moduleId = forLoops.module;
    const events = curriculum.exercises
      .filter((e) => e.module === moduleId)
      .map((e, i) =>
        createEvent(
          "exercise.graded",
          {
            studentId,
            exerciseId: e.id,
            submissionId: `s-${i}`,
            moduleId,
            score: 100,
            passed: true,
            difficulty: e.difficulty,
          },
          "exercise",
        ),
      );
    await p.platform.bus.publish("exercise.events", [
      ...events,
      createEvent(
        "quiz.completed",
        { studentId, quizId: `${moduleId}-quiz`, moduleId, score: 100, correct: 5, total: 5 },
        "exercise",
      ),
    ]);
    await p.platform.bus.publish("code.events", [
      createEvent("code.reviewed", { studentId, score: 100, findings: 0, moduleId }, "code-review"),
    ]);
    await p.platform.bus.drain();
  }, 120_000);
  afterAll(() => p?.stop());

  const ask = (body: unknown, who: Account | undefined, asService = true) =>
    p.call("concepts", "/api/concepts/tutor", { token: who?.token, asService, body });

  it("answers a concept question simply for a student new to its module", async () => {
    const res = await ask({ message: "how do for loops work?" }, newcomer);
    expect(res.status).toBe(200);
    const reply = conceptsTutor.response.parse(res.body);
    expect(reply).toMatchObject({
      agent: "concepts",
      depth: "simple",
      conceptIds: expect.arrayContaining(["for-loops"]),
    });
    expect(reply.conceptIds[0]).toBe("for-loops");
    expect(reply.topic).toEqual({
      key: "concept:for-loops",
      label: expect.stringContaining("for"),
      conceptId: "for-loops",
    });
    expect(reply.offline).toContain(forLoops.explanations.simple.trim().slice(0, 80));
    expect(reply.context).toContain(forLoops.summary);
  });

  it("answers the same question in depth for a student whose mastery of the module is high", async () => {
    const report = await p.call("progress", "/api/progress/me", { token: strong.token });
    const mastery = (report.body.modules as { moduleId: string; mastery: number }[]).find(
      (m) => m.moduleId === forLoops.module,
    );
    expect(mastery?.mastery).toBeGreaterThan(70);
    const reply = conceptsTutor.response.parse((await ask({ message: "how do for loops work?" }, strong)).body);
    expect(reply.depth).toBe("deep");
    expect(reply.offline).toContain(forLoops.explanations.deep.trim().slice(0, 80));
  });

  it("continues the concept on a follow-up at the depth triage picks, step by step once at the simplest", async () => {
    // triage sends the next depth down with "simpler" (services/triage/src/service/respond.ts)
    const body = { message: "simpler please", action: "simpler", conceptId: "for-loops", previousDepth: "deep" };
    const simpler = conceptsTutor.response.parse((await ask({ ...body, depth: "standard" }, strong)).body);
    expect(simpler).toMatchObject({ conceptIds: ["for-loops"], depth: "standard" });
    expect(simpler.offline).toContain("more simply");
    expect(simpler.offline).toContain(forLoops.explanations.standard.trim().slice(0, 80));
    const steps = conceptsTutor.response.parse(
      (await ask({ ...body, depth: "simple", previousDepth: "simple" }, strong)).body,
    );
    expect(steps.offline).toContain("one small step at a time");
    expect(steps.offline).toMatch(/\n1\. /);
  });

  it("says plainly when a question matches no concept", async () => {
    const reply = conceptsTutor.response.parse((await ask({ message: "zzqx vbnm" }, newcomer)).body);
    expect(reply.conceptIds).toEqual([]);
    expect(reply.offline).toContain("could not match that to a topic");
  });

  it("refuses a caller without a token (401) or without a service identity (403)", async () => {
    expect((await ask({ message: "for loops?" }, undefined)).status).toBe(401);
    const student = await ask({ message: "for loops?" }, newcomer, false);
    expect(student.status).toBe(403);
    expect(JSON.stringify(student.body)).toContain("only for EmberLearn's own services");
  });

  it("names the field of a malformed body (400)", async () => {
    const empty = await ask({ message: "" }, newcomer);
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.body)).toContain("message");
    const depth = await ask({ message: "loops", depth: "extreme" }, newcomer);
    expect(depth.status).toBe(400);
    expect(JSON.stringify(depth.body)).toContain("depth");
  });
});
