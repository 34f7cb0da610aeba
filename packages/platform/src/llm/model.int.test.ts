import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startOpenAIStub, type OpenAIStub } from "../testing/openai-stub-server.ts";
import { captureLogger } from "../testing/log-capture.ts";
import { createTutorModel } from "./model.ts";
import { createMemoryBudgetStore } from "./budget.ts";
import { systemPromptFor } from "./prompts.ts";

describe("tutor model against a local OpenAI-compatible server", () => {
  let stub: OpenAIStub;
  const logs = captureLogger("llm-test");
  beforeAll(async () => (stub = await startOpenAIStub()));
  afterAll(() => stub.close());
  beforeEach(() => {
    stub.requests.length = 0;
    stub.behave({ kind: "answer", text: "Think about what `range` returns first." });
  });

  const make = (extra: Partial<Parameters<typeof createTutorModel>[0]> = {}) =>
    createTutorModel({
      apiKey: "test-key",
      baseURL: stub.baseURL,
      model: "gpt-4o-mini",
      timeoutMs: 1500,
      maxRetries: 0,
      budget: createMemoryBudgetStore(),
      logger: logs.logger,
      ...extra,
    });
  const ask = async (model: ReturnType<typeof make>, studentId = "s1") => {
    const chunks: string[] = [];
    const result = await model.answer({
      studentId,
      system: systemPromptFor("debug"),
      messages: [{ role: "user", content: "why does my loop fail?" }],
      offline: async () => "Offline: read the error message line by line.",
      onChunk: (c) => chunks.push(c),
    });
    return { result, text: chunks.join(""), chunks };
  };

  it("sends the model, the Socratic system prompt and the student's message, streaming", async () => {
    const { result, text, chunks } = await ask(make());
    expect(result).toEqual({ source: "model", tokens: 42 });
    expect(text).toBe("Think about what `range` returns first.");
    expect(chunks.length).toBeGreaterThan(1);
    const req = stub.requests[0];
    expect(req.path).toBe("/v1/chat/completions");
    expect(req.headers.authorization).toBe("Bearer test-key");
    expect(req.body).toMatchObject({ model: "gpt-4o-mini", stream: true });
    const messages = req.body.messages as { role: string; content: string }[];
    expect(messages[0].role).toBe("system");
    expect(messages[0].content).toMatch(/Never write the complete solution/);
    expect(messages[1]).toEqual({ role: "user", content: "why does my loop fail?" });
  });

  it("falls back to the offline answer on a server error", async () => {
    stub.behave({ kind: "error", status: 500 });
    const { result, text } = await ask(make());
    expect(result.source).toBe("offline");
    expect(text).toBe("Offline: read the error message line by line.");
    expect(logs.lines().some((l) => l.msg === "model call failed; falling back to the offline tutor")).toBe(true);
  });

  it("falls back when the model does not answer in time", async () => {
    stub.behave({ kind: "hang" });
    const started = Date.now();
    const { result } = await ask(make({ timeoutMs: 300 }));
    expect(result.source).toBe("offline");
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("stops calling the model once a student's daily budget is spent", async () => {
    const model = make({ dailyTokenBudget: 50 });
    expect((await ask(model, "spender")).result.source).toBe("model"); // 42 tokens used
    expect((await ask(model, "spender")).result.source).toBe("model"); // 84: now over
    const third = await ask(model, "spender");
    expect(third.result).toMatchObject({ source: "offline", fallbackReason: "daily token budget exhausted" });
    expect(stub.requests).toHaveLength(2);
    // another student still has their own budget
    expect((await ask(model, "someone-else")).result.source).toBe("model");
  });

  it("answers offline without any server when no key is configured", async () => {
    const { result } = await ask(make({ apiKey: undefined }));
    expect(result.source).toBe("offline");
    expect(stub.requests).toHaveLength(0);
  });
});
