import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAuthPlatform, type Account, type AuthPlatform } from "@emberlearn/auth/testing/auth-platform";
import { conceptsModule } from "../../concepts/src/app.ts";
import { progressModule } from "../../progress/src/app.ts";
import { triageModule } from "../src/app.ts";
import { chat } from "../eval/chat-client.ts";

// A teacher reads the tutor conversations of a student in their own class, by path, with real tokens
// and the class roster from the real auth service: a student outside the teacher's classes is refused
// (403), and so is a student asking for a classmate's conversations.

describe("GET /api/triage/students/:studentId/conversations", () => {
  let p: AuthPlatform;
  let teacher: Account;
  let pupil: Account;
  let outsider: Account;
  beforeAll(async () => {
    p = await startAuthPlatform([progressModule, conceptsModule, triageModule]);
    [teacher, pupil, outsider] = [await p.teacher("Ms Lovelace"), await p.student("Pupil"), await p.student("Out")];
    await p.classOf(teacher, pupil);
    await chat(p.url("triage"), pupil.token, { message: "What is a for loop?" });
    await chat(p.url("triage"), outsider.token, { message: "What is a dictionary?" });
  }, 120_000);
  afterAll(() => p?.stop());

  const read = (studentId: string, who: Account) =>
    p.call("triage", `/api/triage/students/${studentId}/conversations`, { token: who.token });

  it("shows a teacher the conversations of a student in their class, newest first", async () => {
    const res = await read(pupil.id, teacher);
    expect(res.status).toBe(200);
    const conversations = res.body.conversations as { id: string; messages: { role: string; content: string }[] }[];
    expect(conversations).toHaveLength(1);
    expect(conversations[0].messages.map((m) => m.role)).toEqual(["user", "assistant"]);
    expect(conversations[0].messages[0].content).toBe("What is a for loop?");
    expect(JSON.stringify(res.body)).not.toContain("dictionary?");
  });

  it("refuses a teacher a student outside their classes (403)", async () => {
    const res = await read(outsider.id, teacher);
    expect(res.status).toBe(403);
    expect(JSON.stringify(res.body)).toContain("not in one of your classes");
  });

  it("refuses a student, even for their own id (403), and a caller without a token (401)", async () => {
    expect((await read(pupil.id, pupil)).status).toBe(403);
    expect((await read(pupil.id, outsider)).status).toBe(403);
    const anonymous = await p.call("triage", `/api/triage/students/${pupil.id}/conversations`);
    expect(anonymous.status).toBe(401);
  });
});
