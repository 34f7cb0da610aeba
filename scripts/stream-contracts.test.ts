import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allStreams, alertStream, chatStream, readStreamEvent, sandboxSessionStream } from "@emberlearn/contracts/http";
import type { EventStream } from "@emberlearn/contracts/http";
import { hasRouteSchema } from "@emberlearn/platform";
import { startTestServices, type TestServices } from "@emberlearn/platform/testing/services";
import { allModules } from "./modules.ts";

// Each server-sent-event stream's contract (packages/contracts/src/http/streams.ts) against the real
// services: the route exists at that method and path, and every frame they really send is an event of
// the map whose data its schema accepts (what the browser checks before a page sees it).
// The alert stream is read in the end-to-end suite: its roster is the auth service's, which takes real tokens only.

let services: TestServices;
beforeAll(async () => {
  services = await startTestServices(allModules.filter((m) => m.name !== "gateway"));
}, 120_000);
afterAll(() => services?.stop());

const at = (service: "triage" | "sandbox", path: string) => `${services.url(service)}${path}`;
const auth = (token: string, json?: unknown): RequestInit => ({
  method: json === undefined ? "GET" : "POST",
  headers: { authorization: `Bearer ${token}`, ...(json === undefined ? {} : { "content-type": "application/json" }) },
  body: json === undefined ? undefined : JSON.stringify(json),
});

/** Reads frames until `until` returns true for one (or the stream ends); each is checked against the contract. */
async function readFrames(res: Response, stream: EventStream, until?: (event: string) => boolean) {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const seen: { event: string; data: unknown }[] = [];
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return seen;
    buffer += decoder.decode(value, { stream: true });
    for (let cut = buffer.indexOf("\n\n"); cut >= 0; cut = buffer.indexOf("\n\n")) {
      const lines = buffer.slice(0, cut).split("\n");
      buffer = buffer.slice(cut + 2);
      const data = lines.filter((l) => l.startsWith("data:")).map((l) => l.slice(5).trimStart());
      if (!data.length) continue; // a comment: connected, heartbeat
      const event =
        lines
          .find((l) => l.startsWith("event:"))
          ?.slice(6)
          .trim() ?? "message";
      const read = readStreamEvent(stream, event, data.join("\n"));
      expect(read, `${stream.path}: ${data.join("\n").slice(0, 300)}`).toMatchObject({ ok: true });
      if (read.ok) seen.push(read.value);
      if (until?.(event)) {
        await reader.cancel();
        return seen;
      }
    }
  }
}

describe("SSE stream contracts", () => {
  it("each name a route a service registers", () => {
    expect(allStreams.map((s) => s.path).sort()).toEqual(
      [alertStream.path, chatStream.path, sandboxSessionStream.path].sort(),
    );
    for (const s of allStreams) {
      const service = s.path.split("/")[2] as "triage" | "sandbox" | "progress";
      const app = services.handles.get(service)?.app;
      expect(app && hasRouteSchema(app, s.method, s.path), `${s.method} ${s.path}`).toBe(true);
    }
  });

  it("the tutor chat sends routed, chunks and done, each as its contract says", async () => {
    const res = await fetch(at("triage", chatStream.path), auth("student-sse-1", { message: "What is a for loop?" }));
    const seen = await readFrames(res, chatStream);
    expect(seen[0]?.event).toBe("routed");
    expect(seen.at(-1)?.event).toBe("done");
    expect(seen.some((e) => e.event === "chunk")).toBe(true);
  }, 60_000);

  it("an interactive run sends output, input and done, each as its contract says", async () => {
    const token = "student-sse-2";
    const code = "n = input('n? ')\nprint(int(n) * 2)";
    const started = await fetch(at("sandbox", "/api/sandbox/interactive"), auth(token, { code }));
    expect(started.status).toBe(201);
    const { runId } = (await started.json()) as { runId: string };
    const events = `/api/sandbox/live/${runId}/events`;
    const untilInput = await readFrames(await fetch(at("sandbox", events), auth(token)), sandboxSessionStream, (e) =>
      ["input", "done"].includes(e),
    );
    expect(untilInput.at(-1)?.event).toBe("input");
    expect((await fetch(at("sandbox", `/api/sandbox/live/${runId}/input`), auth(token, { text: "21" }))).status).toBe(
      200,
    );
    // a new subscriber gets the run's events from the start, then the rest
    const all = await readFrames(await fetch(at("sandbox", events), auth(token)), sandboxSessionStream);
    const done = all.at(-1) as { event: string; data: { result: { stdout: string } } };
    expect(done.event).toBe("done");
    expect(done.data.result.stdout).toContain("42");
  }, 60_000);
});
