import { describe, expect, it } from "vitest";
import type { RunResult } from "@emberlearn/contracts/sandbox";
import { parseAnswer, parseEvent } from "./protocol.ts";
import { RunSession, type SessionEvent } from "./session.ts";

// An interactive run as the console sees it, and the worker's answers as the service reads them.

const result: RunResult = { status: "ok", stdout: "hi\n", stderr: "", exitCode: 0, durationMs: 5, error: null };
const settle = () => new Promise((r) => setTimeout(r, 0));

describe("interactive run session", () => {
  it("holds the student's input until a worker takes the run, then sends it in order", () => {
    const session = new RunSession(new Promise(() => {}));
    session.input("ada");
    session.eof();
    const sent: unknown[] = [];
    session.attach((op, text) => sent.push([op, text]));
    session.stop();
    expect(sent).toEqual([
      ["stdin", "ada\n"],
      ["eof", undefined],
      ["stop", undefined],
    ]);
  });

  it("replays every event to a console that connects late, then the new ones, and ends with done", async () => {
    let finish!: (r: RunResult) => void;
    const session = new RunSession(new Promise((r) => (finish = r)));
    session.emit({ event: "output", stream: "stdout", text: "name? " });
    session.emit({ event: "input" });
    const seen: SessionEvent[] = [];
    const stopListening = session.subscribe((e) => seen.push(e));
    session.emit({ event: "output", stream: "stdout", text: "hi\n" });
    finish(result);
    await settle();
    expect(seen).toEqual([
      { event: "output", stream: "stdout", text: "name? " },
      { event: "input" },
      { event: "output", stream: "stdout", text: "hi\n" },
      { event: "done", result },
    ]);
    expect(session.done).toBe(true);
    // after done: nothing more is sent or kept, and a new console gets the whole story at once
    session.emit({ event: "output", stream: "stdout", text: "late" });
    const sent: unknown[] = [];
    session.attach((op) => sent.push(op));
    session.input("x");
    expect(sent).toEqual([]);
    const late: SessionEvent[] = [];
    session.subscribe((e) => late.push(e))();
    expect(late).toHaveLength(4);
    stopListening();
  });

  it("stops telling a console that unsubscribed", () => {
    const session = new RunSession(new Promise(() => {}));
    const seen: SessionEvent[] = [];
    session.subscribe((e) => seen.push(e))();
    session.emit({ event: "input" });
    expect(seen).toEqual([]);
  });

  it("keeps at most 5000 events but always the final one", async () => {
    let finish!: (r: RunResult) => void;
    const session = new RunSession(new Promise((r) => (finish = r)));
    for (let i = 0; i < 5001; i++) session.emit({ event: "output", stream: "stdout", text: "x" });
    expect(session.events).toHaveLength(5000);
    finish(result);
    await settle();
    expect(session.events).toHaveLength(5001);
    expect(session.events.at(-1)).toEqual({ event: "done", result });
  });

  it("ignores a failed run result (the route answers the error)", async () => {
    const session = new RunSession(Promise.reject(new Error("worker died")));
    await settle();
    expect(session.done).toBe(false);
  });
});

describe("worker protocol", () => {
  it("reads output and input events and nothing else", () => {
    expect(parseEvent({ event: "input" })).toEqual({ event: "input" });
    expect(parseEvent({ event: "output", stream: "stderr", text: "oops", extra: 1 })).toEqual({
      event: "output",
      stream: "stderr",
      text: "oops",
    });
    expect(parseEvent({ event: "output", stream: "stdin", text: "x" })).toBeUndefined();
    expect(parseEvent({ event: "output", stream: "stdout", text: 3 })).toBeUndefined();
    expect(parseEvent({ event: "other" })).toBeUndefined();
  });

  it("reads a well-formed answer", () => {
    expect(parseAnswer(JSON.stringify({ id: 7, ...result }))).toEqual({ id: 7, ...result });
  });

  it("turns a malformed answer into a rejected run that retires the worker, and garbage into nothing", () => {
    expect(parseAnswer(JSON.stringify({ id: 7, status: "ok" }))).toEqual({
      id: 7,
      status: "rejected",
      stdout: "",
      stderr: "",
      exitCode: null,
      durationMs: 0,
      error: {
        type: "SandboxError",
        message: "the sandbox gave an answer it could not read; please run it again",
        line: null,
      },
      retire: true,
    });
    expect(parseAnswer("{not json")).toBeUndefined();
    expect(parseAnswer(JSON.stringify({ id: "7" }))).toBeUndefined();
    expect(parseAnswer("null")).toBeUndefined();
  });
});
