import { describe, expect, it } from "vitest";
import { sseFrame } from "@emberlearn/contracts/http/event-stream";
import { chatStream } from "@emberlearn/contracts/http/streams";
import { readEventStream, type StreamEvent } from "./client-api";

// The browser's reader of a stream: frames arrive cut anywhere, heartbeats between them. A frame its
// contract does not describe is reported and skipped; the frames after it still reach the page.

function body(...chunks: string[]): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(chunks.join(""));
  // cut the bytes every 7, through a multi-byte character too: the reader must put frames back together
  const parts = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.slice(i * 7, i * 7 + 7));
  return new ReadableStream({
    start(controller) {
      for (const p of parts) controller.enqueue(p);
      controller.close();
    },
  });
}

describe("readEventStream", () => {
  it("hands the page checked events and reports the frames it skipped", async () => {
    const events: StreamEvent<"chatStream">[] = [];
    const problems: string[] = [];
    const routed = { conversationId: "c1", agent: "debug" as const, confidence: 0.9, reasons: [], action: "answer" };
    await readEventStream(
      body(
        ": connected\n\n",
        sseFrame(chatStream, "routed", routed),
        'event: chunk\ndata: {"text": 42}\n\n',
        "event: chunk\ndata: not json\n\n",
        "event: surprise\ndata: {}\n\n",
        ": heartbeat\n\n",
        sseFrame(chatStream, "chunk", { text: "Try a for loop — één stap per keer.\n" }),
        sseFrame(chatStream, "done", { conversationId: "c1", agent: "debug", source: "offline" }),
      ),
      "chatStream",
      { onEvent: (e) => events.push(e), onBadFrame: (p) => problems.push(p) },
    );
    expect(events).toEqual([
      { event: "routed", data: routed },
      { event: "chunk", data: { text: "Try a for loop — één stap per keer.\n" } },
      { event: "done", data: { conversationId: "c1", agent: "debug", source: "offline" } },
    ]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^event "chunk": text /);
    expect(problems[1]).toBe('event "chunk": its data is not JSON');
    expect(problems[2]).toBe('unknown event "surprise"');
  });
});
