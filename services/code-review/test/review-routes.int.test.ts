import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CloudEvent } from "@emberlearn/contracts";
import { startTestServices, type TestServices } from "@emberlearn/platform/testing/services";
import { codeReviewModule } from "../src/app.ts";

// A code review through HTTP: findings in plain words and a score, the event that feeds mastery
// (unless the caller says not to record it), a syntax error reported rather than reviewed.

describe("code review route", () => {
  let services: TestServices;
  const reviewed: CloudEvent[] = [];
  beforeAll(async () => {
    services = await startTestServices([codeReviewModule]);
    await services.bus.subscribe({ topic: "code.events", group: "test", handler: async (e) => void reviewed.push(e) });
  }, 60_000);
  afterAll(() => services?.stop());

  const review = (body: unknown) =>
    fetch(`${services.url("code-review")}/api/code-review/review`, {
      method: "POST",
      headers: { authorization: `Bearer ${services.token("ada")}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  // the relay may publish the two reviews in separate batches: wait for as many as were recorded
  const settle = async (count: number) => {
    for (let i = 0; i < 100 && reviewed.length < count; i++) await new Promise((r) => setTimeout(r, 20));
    await services.bus.drain();
  };

  it("scores clean code above smelly code, names each finding, and records the review", async () => {
    const clean = await (
      await review({ code: "def area(width, height):\n    return width * height\n", moduleId: "functions" })
    ).json();
    const smelly = await (
      await review({ code: "import os\ndef f(l):\n  if l == None:\n    return True\n  else:\n    return False\n" })
    ).json();
    expect(clean.score).toBeGreaterThan(smelly.score);
    expect(smelly.findings.length).toBeGreaterThan(0);
    for (const f of smelly.findings) {
      expect(f.line).toBeGreaterThan(0);
      expect(f.message.length).toBeGreaterThan(5);
    }
    await settle(2);
    const mine = reviewed.filter((e) => e.type === "code.reviewed");
    expect(mine.map((e) => (e.data as { score: number }).score).sort()).toEqual([clean.score, smelly.score].sort());
    expect(mine.find((e) => (e.data as { moduleId?: string }).moduleId === "functions")?.subject).toBe("ada");
  });

  it("does not record a review the exercise service asked for with record: false, nor one of broken code", async () => {
    const before = reviewed.length;
    expect((await review({ code: "x = 1\n", record: false })).status).toBe(200);
    const broken = await (await review({ code: "def f(:\n" })).json();
    expect(broken.syntaxError.line).toBe(1);
    await new Promise((r) => setTimeout(r, 100));
    await services.bus.drain();
    expect(reviewed.length).toBe(before);
  });

  it("refuses more than 64 KB of code, naming the limit", async () => {
    const res = await review({ code: "x = 1\n".repeat(12_000) });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain("must be at most 64 KB of code");
  });
});
