import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCurriculumSync } from "@emberlearn/content";
import { startTestServices, type TestServices } from "@emberlearn/platform/testing/services";
import { progressModule } from "../../progress/src/app.ts";
import { conceptsModule } from "../src/app.ts";

// The concept routes a student's browser calls, through HTTP, with the progress service behind them
// (the depth of an explanation follows the student's mastery of the module).

describe("concept routes", () => {
  let services: TestServices;
  const returnValues = loadCurriculumSync().concepts.find((c) => c.id === "return-values")!;

  beforeAll(async () => {
    services = await startTestServices([progressModule, conceptsModule]);
  });
  afterAll(() => services?.stop());

  const call = (path: string, init: RequestInit = {}, who = "ada") =>
    fetch(`${services.url("concepts")}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${services.token(who)}`, "content-type": "application/json", ...init.headers },
    });

  it("lists every concept in course order, or one module's", async () => {
    const all = (await (await call("/api/concepts/concepts")).json()).concepts;
    expect(all.length).toBeGreaterThan(20);
    expect(all[0]).toEqual({
      id: expect.any(String),
      module: "basics",
      order: expect.any(Number),
      title: expect.any(String),
      summary: expect.any(String),
    });
    const functions = (await (await call("/api/concepts/concepts?module=functions")).json()).concepts;
    expect(functions.length).toBeGreaterThan(1);
    expect(functions.every((c: { module: string }) => c.module === "functions")).toBe(true);
    expect(functions.map((c: { id: string }) => c.id)).toContain("return-values");
  });

  it("explains a concept simply to a student who has not started its module, or at the depth asked", async () => {
    const byMastery = await (await call("/api/concepts/concepts/return-values")).json();
    expect(byMastery).toMatchObject({
      id: "return-values",
      module: "functions",
      depth: "simple",
      chosenBy: "mastery",
      explanation: returnValues.explanations.simple,
      example: returnValues.example,
    });
    const deep = await (await call("/api/concepts/concepts/return-values?depth=deep")).json();
    expect(deep).toMatchObject({ depth: "deep", chosenBy: "request", explanation: returnValues.explanations.deep });
    const bad = await call("/api/concepts/concepts/return-values?depth=extreme");
    expect(bad.status).toBe(400);
  });

  it("answers 404 with the concept's name for one that does not exist", async () => {
    const res = await call("/api/concepts/concepts/no-such-thing");
    expect(res.status).toBe(404);
    expect((await res.json()).detail).toContain('Concept "no-such-thing"');
  });

  it("maps a question to the nearest concepts, and refuses an empty one", async () => {
    const res = await call("/api/concepts/search", {
      method: "POST",
      body: JSON.stringify({ question: "what is the difference between print and return?" }),
    });
    expect(res.status).toBe(200);
    const { matches } = await res.json();
    expect(matches[0]).toMatchObject({ id: "return-values", module: "functions" });
    expect(matches.length).toBeLessThanOrEqual(5);
    expect(matches[0].score).toBe(Math.round(matches[0].score * 100) / 100);
    const empty = await call("/api/concepts/search", { method: "POST", body: JSON.stringify({ question: "" }) });
    expect(empty.status).toBe(400);
  });

  it("asks for a token", async () => {
    const res = await fetch(`${services.url("concepts")}/api/concepts/concepts`);
    expect(res.status).toBe(401);
  });
});
