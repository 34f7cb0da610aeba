import { createServer, type IncomingMessage, type ServerResponse, type Server } from "node:http";

// A local OpenAI-compatible HTTP server for tests (no model is reachable from
// our machines). It speaks the real wire format — JSON and SSE chunks, tool
// calls included — and records every request so tests can check what the SDK sent.
// A script answers request after request from its steps: call tools, then say
// something (which a test may make try to leak a solution).

export interface StubToolCall {
  name: string;
  arguments: Record<string, unknown> | string;
}

export type StubStep = { text: string; usageTokens?: number } | { toolCalls: StubToolCall[]; usageTokens?: number };

export type StubBehaviour =
  | { kind: "answer"; text: string; usageTokens?: number }
  | { kind: "error"; status: number }
  | { kind: "hang" }
  /** one step per request, in order; the last step repeats when the script runs out */
  | { kind: "script"; steps: StubStep[] };

export interface OpenAIStub {
  baseURL: string;
  requests: { path: string; headers: IncomingMessage["headers"]; body: Record<string, unknown> }[];
  behave(b: StubBehaviour): void;
  close(): Promise<void>;
}

export async function startOpenAIStub(): Promise<OpenAIStub> {
  let behaviour: StubBehaviour = { kind: "answer", text: "Hello from the model." };
  let step = 0;
  const requests: OpenAIStub["requests"] = [];
  const sockets = new Set<import("node:net").Socket>();
  const server: Server = createServer(async (req, res) => {
    let raw = "";
    for await (const chunk of req) raw += chunk;
    const body = raw ? JSON.parse(raw) : {};
    requests.push({ path: req.url ?? "", headers: req.headers, body });
    if (behaviour.kind === "hang") return; // never answers: the client's timeout must fire
    if (behaviour.kind === "error") {
      res.writeHead(behaviour.status, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: "stub failure", type: "server_error" } }));
      return;
    }
    const current: StubStep =
      behaviour.kind === "answer"
        ? behaviour
        : (behaviour.steps[Math.min(step++, behaviour.steps.length - 1)] ?? { text: "" });
    if (body.stream) streamStep(res, body.model, current);
    else answerStep(res, body.model, current);
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as { port: number };
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    behave: (b) => {
      behaviour = b;
      step = 0;
    },
    close: () =>
      new Promise((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

const args = (a: StubToolCall["arguments"]) => (typeof a === "string" ? a : JSON.stringify(a));

function usage(tokens = 42) {
  return { prompt_tokens: tokens - 2, completion_tokens: 2, total_tokens: tokens };
}

function streamStep(res: ServerResponse, model: unknown, s: StubStep) {
  const base = { id: "chatcmpl-stub", object: "chat.completion.chunk", created: 0, model };
  const send = (o: unknown) => res.write(`data: ${JSON.stringify(o)}\n\n`);
  res.writeHead(200, { "content-type": "text/event-stream" });
  if ("toolCalls" in s) {
    s.toolCalls.forEach((call, index) => {
      const a = args(call.arguments);
      // the name first, then the arguments in pieces, as real servers stream them
      send({
        ...base,
        choices: [
          {
            index: 0,
            delta: {
              tool_calls: [
                { index, id: `call_${index}`, type: "function", function: { name: call.name, arguments: "" } },
              ],
            },
            finish_reason: null,
          },
        ],
      });
      for (const piece of a.match(/.{1,10}/gs) ?? [])
        send({
          ...base,
          choices: [
            { index: 0, delta: { tool_calls: [{ index, function: { arguments: piece } }] }, finish_reason: null },
          ],
        });
    });
    send({ ...base, choices: [{ index: 0, delta: {}, finish_reason: "tool_calls" }] });
  } else {
    for (const piece of s.text.match(/.{1,8}/gs) ?? [])
      send({ ...base, choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] });
    send({ ...base, choices: [{ index: 0, delta: {}, finish_reason: "stop" }] });
  }
  send({ ...base, choices: [], usage: usage(s.usageTokens) });
  res.end("data: [DONE]\n\n");
}

function answerStep(res: ServerResponse, model: unknown, s: StubStep) {
  const message =
    "toolCalls" in s
      ? {
          role: "assistant",
          content: null,
          tool_calls: s.toolCalls.map((c, i) => ({
            id: `call_${i}`,
            type: "function",
            function: { name: c.name, arguments: args(c.arguments) },
          })),
        }
      : { role: "assistant", content: s.text };
  res.writeHead(200, { "content-type": "application/json" });
  res.end(
    JSON.stringify({
      id: "chatcmpl-stub",
      object: "chat.completion",
      created: 0,
      model,
      choices: [{ index: 0, message, finish_reason: "toolCalls" in s ? "tool_calls" : "stop" }],
      usage: usage(s.usageTokens),
    }),
  );
}
