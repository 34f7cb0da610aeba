import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeReviewTutor } from "@emberlearn/contracts/http";
import { startAuthPlatform, type Account, type AuthPlatform } from "@emberlearn/auth/testing/auth-platform";
import { codeReviewModule } from "../src/app.ts";

// The code-review tutor as triage calls it, by path, with a real token from the auth service and
// triage's service identity: it names the smell planted in the student's code and the line it is on,
// gives no score to code that does not work, and refuses callers that are not a service.

describe("POST /api/code-review/tutor", () => {
  let p: AuthPlatform;
  let ada: Account;
  beforeAll(async () => {
    p = await startAuthPlatform([codeReviewModule]);
    ada = await p.student("Ada");
  }, 120_000);
  afterAll(() => p?.stop());

  const ask = (body: unknown, opts: { token?: string; asService?: boolean } = {}) =>
    p.call("code-review", "/api/code-review/tutor", { token: ada.token, asService: true, body, ...opts });
  // line 3 compares with None by ==, the smell a beginner should hear about
  const smelly =
    "def is_empty(items):\n    total = len(items)\n    if items == None:\n        return True\n    return total == 0\n";

  it("names the planted smell and its line, with a score, for code that ran", async () => {
    const res = await ask({ message: "is my code ok?", code: smelly, lastRun: { status: "ok" } });
    expect(res.status).toBe(200);
    const reply = codeReviewTutor.response.parse(res.body);
    expect(reply.agent).toBe("code-review");
    expect(reply.offline).toMatch(/Quality score \*\*\d+\/100\*\*/);
    expect(reply.offline).toMatch(/Line 3[,:]/);
    expect(reply.offline).toContain("Use `is None`");
    expect(reply.context).toMatch(/line 3 [\w-]+: .*None/);
    expect(reply.topic).toEqual({ key: "review", label: "a review of your code" });
  });

  it("gives no score or praise to code that stops with an error, and says which", async () => {
    const res = await ask({
      message: "review please",
      code: smelly,
      lastRun: { status: "error", error: { type: "TypeError", line: 2 } },
    });
    const reply = codeReviewTutor.response.parse(res.body);
    expect(reply.offline).toContain("it stops with TypeError on line 2");
    expect(reply.offline).not.toMatch(/Quality score/);
    expect(reply.context).toContain("does not work yet");
  });

  it("asks for code when there is none", async () => {
    const reply = codeReviewTutor.response.parse((await ask({ message: "review my code" })).body);
    expect(reply.offline).toMatch(/write your code in the editor/);
    expect(reply.context).toBe("");
  });

  it("refuses a caller without a token (401) or without a service identity (403)", async () => {
    const body = { message: "hi", code: smelly };
    expect((await ask(body, { token: undefined })).status).toBe(401);
    const student = await ask(body, { asService: false });
    expect(student.status).toBe(403);
    expect(JSON.stringify(student.body)).toContain("only for EmberLearn's own services");
  });

  it("names the field of a malformed body (400)", async () => {
    const res = await ask({ code: smelly });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain("message");
    const big = await ask({ message: "hi", code: "x = 1\n".repeat(12_000) });
    expect(big.status).toBe(400);
    expect(JSON.stringify(big.body)).toContain("code");
  });
});
