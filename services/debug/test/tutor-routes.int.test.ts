import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { debugTutor } from "@emberlearn/contracts/http";
import { startAuthPlatform, type Account, type AuthPlatform } from "@emberlearn/auth/testing/auth-platform";
import { sandboxModule } from "@emberlearn/sandbox";
import { debugModule } from "../src/app.ts";

// The debugging tutor as triage calls it, by path, with a real token from the auth service and triage's
// service identity: it explains the traceback it is given, naming the line; without a run it runs the
// code in the real sandbox first; follow-ups climb the hint ladder; other callers are refused.

describe("POST /api/debug/tutor", () => {
  let p: AuthPlatform;
  let ada: Account;
  beforeAll(async () => {
    p = await startAuthPlatform([sandboxModule, debugModule]);
    ada = await p.student("Ada");
  }, 120_000);
  afterAll(() => p?.stop());

  const ask = async (body: unknown, opts: { token?: string; asService?: boolean } = {}) =>
    p.call("debug", "/api/debug/tutor", { token: ada.token, asService: true, body, ...opts });
  const code = "scores = [3, 5, 8]\ntotal = 0\nfor i in range(4):\n    total = total + scores[i]\nprint(total)\n";
  const traceback = { type: "IndexError", message: "list index out of range", line: 4 };

  it("explains the traceback it is given, naming the error and its line", async () => {
    const res = await ask({ message: "why does it crash?", code, lastRun: { status: "error", error: traceback } });
    expect(res.status).toBe(200);
    const reply = debugTutor.response.parse(res.body);
    expect(reply.agent).toBe("debug");
    expect(reply.offline).toContain("(line 4)");
    expect(reply.offline).toMatch(/position|index|end/i);
    expect(reply.offline).not.toContain("```");
    expect(reply.topic).toEqual({ key: "error:IndexError", label: "the IndexError on line 4" });
    expect(reply.context).toContain("Error IndexError on line 4: list index out of range");
    expect(reply.hintLevel).toBe(1);
  });

  it("runs the code in the sandbox when no run is given, and explains the real error", async () => {
    const res = await ask({ message: "it does not work", code: "name = 'Ada'\nprint('Hi ' + nmae)\n" });
    const reply = debugTutor.response.parse(res.body);
    expect(reply.topic).toEqual({ key: "error:NameError", label: "the NameError on line 2" });
    expect(reply.offline).toContain("nmae");
    expect(reply.context).toContain("name 'nmae' is not defined");
  }, 30_000);

  it("climbs the hint ladder on a follow-up, one rung at a time", async () => {
    const run = { status: "error", error: traceback };
    const second = debugTutor.response.parse(
      (await ask({ message: "another hint", code, lastRun: run, action: "next-hint", hintLevel: 2 })).body,
    );
    expect(second.hintLevel).toBe(2);
    expect(second.offline).toMatch(/^Hint 2 of 3 for .*\(line 4\)/);
    const first = debugTutor.response.parse(
      (await ask({ message: "hint", code, lastRun: run, action: "next-hint" })).body,
    );
    expect(first.offline).toMatch(/^Hint 1 of 3/);
    expect(first.offline).not.toBe(second.offline);
  });

  it("says the program ran when the sandbox finds no error, with its output", async () => {
    const reply = debugTutor.response.parse((await ask({ message: "wrong answer", code: "print(2 + 2)\n" })).body);
    expect(reply.topic?.key).toBe("debug:logic");
    expect(reply.context).toContain("ran without an error. Output: 4");
  }, 30_000);

  it("refuses a caller without a token (401) or without a service identity (403)", async () => {
    const body = { message: "help", code, lastRun: { status: "error", error: traceback } };
    expect((await ask(body, { token: undefined })).status).toBe(401);
    const student = await ask(body, { asService: false });
    expect(student.status).toBe(403);
    expect(JSON.stringify(student.body)).toContain("only for EmberLearn's own services");
  });

  it("names the field of a malformed body (400)", async () => {
    const noMessage = await ask({ code });
    expect(noMessage.status).toBe(400);
    expect(JSON.stringify(noMessage.body)).toContain("message");
    const rung = await ask({ message: "hint", code, hintLevel: 11 });
    expect(rung.status).toBe(400);
    expect(JSON.stringify(rung.body)).toContain("hintLevel");
  });
});
