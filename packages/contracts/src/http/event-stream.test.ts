import { describe, expect, it } from "vitest";
import { readStreamEvent, sseFrame } from "./event-stream.ts";
import { alertStream, chatStream, sandboxSessionStream } from "./streams.ts";

// A frame the server writes is a frame the browser reads back as the same event; a frame the contract
// does not describe comes back as a named problem, never as an exception or an unchecked object.

/** the event name and data text of one frame, as the browser's reader splits them */
function split(frame: string): [string, string] {
  const lines = frame.trimEnd().split("\n");
  const event =
    lines
      .find((l) => l.startsWith("event:"))
      ?.slice(6)
      .trim() ?? "message";
  const data = lines.filter((l) => l.startsWith("data:")).map((l) => l.slice(5).trimStart());
  return [event, data.join("\n")];
}

describe("event streams", () => {
  it("read back what they wrote, text with line breaks included", () => {
    const frame = sseFrame(chatStream, "chunk", { text: "line one\n\nline two\r\n" });
    expect(frame.endsWith("\n\n")).toBe(true);
    expect(frame.slice(0, -2)).not.toContain("\n\n");
    expect(readStreamEvent(chatStream, ...split(frame))).toEqual({
      ok: true,
      value: { event: "chunk", data: { text: "line one\n\nline two\r\n" } },
    });
    const result = { status: "ok" as const, stdout: "hi\n", stderr: "", exitCode: 0, durationMs: 12, error: null };
    const done = readStreamEvent(sandboxSessionStream, ...split(sseFrame(sandboxSessionStream, "done", { result })));
    expect(done).toMatchObject({ ok: true, value: { event: "done", data: { result: { stdout: "hi\n" } } } });
  });

  it("keep an id on one line", () => {
    const frame = sseFrame(alertStream, "struggle.resolved", { alertId: "a", studentId: "s", resolvedBy: "t" }, "x\ny");
    expect(frame.split("\n")[0]).toBe("id: xy");
  });

  it("name what is wrong with a frame the contract does not describe", () => {
    expect(readStreamEvent(chatStream, "shout", "{}")).toEqual({ ok: false, problem: 'unknown event "shout"' });
    for (const name of ["__proto__", "constructor", "toString"])
      expect(readStreamEvent(chatStream, name, "{}").ok, name).toBe(false);
    expect(readStreamEvent(chatStream, "chunk", "{not json")).toEqual({
      ok: false,
      problem: 'event "chunk": its data is not JSON',
    });
    const wrong = readStreamEvent(chatStream, "routed", JSON.stringify({ conversationId: "c", agent: "wizard" }));
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.problem).toMatch(/^event "routed": agent /);
    expect(readStreamEvent(sandboxSessionStream, "output", '{"stream":"stdin","text":1}')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^event "output": stream /),
    });
  });
});
