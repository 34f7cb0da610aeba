import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServices, type TestServices } from "@emberlearn/platform/testing/services";
import { conceptsModule } from "../../concepts/src/app.ts";
import { progressModule } from "../../progress/src/app.ts";
import { triageModule } from "../src/app.ts";
import { chat } from "../eval/chat-client.ts";

// A student's conversations with the tutor, read back through HTTP: the latest one when the chat
// panel opens, one by id, and never somebody else's.

describe("conversation routes", () => {
  let services: TestServices;
  beforeAll(async () => {
    services = await startTestServices([progressModule, conceptsModule, triageModule]);
  }, 120_000);
  afterAll(() => services?.stop());

  const get = (path: string, who: string) =>
    fetch(`${services.url("triage")}${path}`, { headers: { authorization: `Bearer ${services.token(who)}` } });

  it("has no latest conversation before the first message", async () => {
    const res = await get("/api/triage/conversations/latest", "newcomer");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ conversationId: null, messages: [] });
  });

  it("gives back the latest conversation, and one by id, to its owner only", async () => {
    const reply = await chat(services.url("triage"), services.token("talker"), { message: "What is a for loop?" });
    expect(reply.conversationId).toMatch(/^[0-9a-f-]{36}$/);
    const latest = await (await get("/api/triage/conversations/latest", "talker")).json();
    expect(latest.conversationId).toBe(reply.conversationId);
    expect(latest.messages.map((m: { role: string }) => m.role)).toEqual(["user", "assistant"]);
    expect(latest.messages[0]).toMatchObject({ role: "user", content: "What is a for loop?" });

    const byId = await (await get(`/api/triage/conversations/${reply.conversationId}`, "talker")).json();
    expect(byId).toEqual({ conversationId: reply.conversationId, messages: latest.messages });

    const theirs = await (await get(`/api/triage/conversations/${reply.conversationId}`, "snoop")).json();
    expect(theirs).toEqual({ conversationId: reply.conversationId, messages: [] });
    expect(await (await get("/api/triage/conversations/latest", "snoop")).json()).toEqual({
      conversationId: null,
      messages: [],
    });
  }, 60_000);

  it("refuses a conversation id that is not a UUID, naming the field", async () => {
    const res = await get("/api/triage/conversations/not-a-uuid", "talker");
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain("conversationId");
  });
});
