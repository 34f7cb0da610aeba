import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCurriculumSync } from "@emberlearn/content";
import { createEvent } from "@emberlearn/platform";
import { startTestServices, type TestServices } from "@emberlearn/platform/testing/services";
import { progressModule } from "../src/app.ts";

// A student's own progress routes through HTTP: the time zone setting, the momentum after a submission
// (not counted until its grade arrives), and the mastery timeline, fed by the events another service sends.

describe("student progress routes", () => {
  let services: TestServices;
  const exercise = loadCurriculumSync().exercises.find((e) => e.module === "basics")!;

  beforeAll(async () => {
    services = await startTestServices([progressModule]);
  });
  afterAll(() => services?.stop());

  const call = (path: string, who: string, init: RequestInit = {}) =>
    fetch(`${services.url("progress")}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${services.token(who)}`, "content-type": "application/json" },
    });
  const grade = async (studentId: string, submissionId: string, score: number) => {
    const event = createEvent(
      "exercise.graded",
      {
        studentId,
        exerciseId: exercise.id,
        submissionId,
        moduleId: "basics",
        score,
        passed: score === 100,
        difficulty: exercise.difficulty,
      },
      "exercise",
    );
    await services.bus.publish("exercise.events", [event]);
    await services.bus.drain();
  };

  it("keeps a student's time zone, and names the field of one that does not exist", async () => {
    const ok = await call("/api/progress/me/settings", "tz", {
      method: "PUT",
      body: JSON.stringify({ timeZone: "Europe/Paris" }),
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ timeZone: "Europe/Paris" });
    const bad = await call("/api/progress/me/settings", "tz", {
      method: "PUT",
      body: JSON.stringify({ timeZone: "Mars/Olympus" }),
    });
    expect(bad.status).toBe(400);
    const problem = await bad.json();
    expect(problem.detail).toBe('body.timeZone "Mars/Olympus" is not an IANA time zone such as Europe/Paris');
    expect(problem.errors ?? problem.issues).toEqual([
      { field: "body.timeZone", message: "must be an IANA time zone such as Europe/Paris" },
    ]);
  });

  it("says a submission is not counted until its grade arrives, then how the module's mastery moved", async () => {
    const before = await call("/api/progress/me/submissions/sub-1", "mo");
    expect(await before.json()).toEqual({ counted: false, momentum: null });
    await grade("mo", "sub-1", 100);
    const after = await (await call("/api/progress/me/submissions/sub-1", "mo")).json();
    expect(after.counted).toBe(true);
    expect(after.momentum).toMatchObject({ moduleId: "basics", before: 0, passed: true });
    expect(after.momentum.after).toBeGreaterThan(0);
    // another student's submission is not mine
    expect(await (await call("/api/progress/me/submissions/sub-1", "someone-else")).json()).toEqual({
      counted: false,
      momentum: null,
    });
  });

  it("draws the overall mastery at the end of each active day", async () => {
    expect(await (await call("/api/progress/me/timeline", "tl")).json()).toEqual({ points: [] });
    await grade("tl", "sub-2", 100);
    const { points } = await (await call("/api/progress/me/timeline", "tl")).json();
    const report = await (await call("/api/progress/me", "tl")).json();
    // one active day (today, in the student's zone: UTC here), ending at the mastery the dashboard shows
    expect(points).toEqual([{ day: new Date().toISOString().slice(0, 10), mastery: report.overall.mastery }]);
    expect(report.modules.find((m: { moduleId: string }) => m.moduleId === "basics").mastery).toBeGreaterThan(0);
  });
});
