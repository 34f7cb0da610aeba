import { createServer, type IncomingMessage, type Server } from "node:http";

// A local OpenAI-compatible HTTP server for tests (no model is reachable from
// our machines). It speaks the real wire format — JSON and SSE chunks — and
// records every request so tests can check what the SDK sent.

export type StubBehaviour =
  | { kind: "answer"; text: string; usageTokens?: number }
  | { kind: "error"; status: number }
  | { kind: "hang" };

export interface OpenAIStub {
  baseURL: string;
  requests: { path: string; headers: IncomingMessage["headers"]; body: Record<string, unknown> }[];
  behave(b: StubBehaviour): void;
  close(): Promise<void>;
}

export async function startOpenAIStub(): Promise<OpenAIStub> {
  let behaviour: StubBehaviour = { kind: "answer", text: "Hello from the model." };
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
    const { text, usageTokens = 42 } = behaviour;
    const base = { id: "chatcmpl-stub", object: "chat.completion.chunk", created: 0, model: body.model };
    if (body.stream) {
      res.writeHead(200, { "content-type": "text/event-stream" });
      for (const piece of text.match(/.{1,8}/gs) ?? [])
        res.write(
          `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] })}\n\n`,
        );
      res.write(`data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: {}, finish_reason: "stop" }] })}\n\n`);
      res.write(
        `data: ${JSON.stringify({ ...base, choices: [], usage: { prompt_tokens: usageTokens - 2, completion_tokens: 2, total_tokens: usageTokens } })}\n\n`,
      );
      res.end("data: [DONE]\n\n");
      return;
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      JSON.stringify({
        id: "chatcmpl-stub",
        object: "chat.completion",
        created: 0,
        model: body.model,
        choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }],
        usage: { prompt_tokens: usageTokens - 2, completion_tokens: 2, total_tokens: usageTokens },
      }),
    );
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
    behave: (b) => void (behaviour = b),
    close: () =>
      new Promise((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
