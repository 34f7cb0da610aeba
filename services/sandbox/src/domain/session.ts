import type { RunResult } from "@emberlearn/contracts/sandbox";
import type { WorkerEvent } from "./protocol.ts";

// An interactive run as the service sees it: what the program printed and when it waited
// for input (kept, so a console that connects late still sees everything), and the student's
// answers, held until the run has a worker.

export type SessionEvent = WorkerEvent | { event: "done"; result: RunResult };

type Control = (op: "stdin" | "eof" | "stop", text?: string) => void;

const MAX_KEPT = 5000;

export class RunSession {
  readonly events: SessionEvent[] = [];
  private readonly listeners = new Set<(e: SessionEvent) => void>();
  private control?: Control;
  private readonly held: [op: "stdin" | "eof" | "stop", text?: string][] = [];
  done = false;

  constructor(readonly result: Promise<RunResult>) {
    result.then(
      (r) => this.emit({ event: "done", result: r }),
      () => {},
    );
  }

  /** Called when a worker takes the run: answers sent before then go now. */
  attach(control: Control) {
    this.control = control;
    for (const [op, text] of this.held.splice(0)) control(op, text);
  }

  emit(event: SessionEvent) {
    if (this.done) return;
    if (event.event === "done") this.done = true;
    if (this.events.length < MAX_KEPT || event.event === "done") this.events.push(event);
    for (const listener of this.listeners) listener(event);
  }

  /** Every event so far, then each new one; returns the way to stop listening. */
  subscribe(listener: (e: SessionEvent) => void): () => void {
    for (const event of this.events) listener(event);
    if (this.done) return () => {};
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private send(op: "stdin" | "eof" | "stop", text?: string) {
    if (this.done) return;
    if (this.control) this.control(op, text);
    else this.held.push([op, text]);
  }

  /** One line typed by the student, for the program's input(). */
  input(line: string) {
    this.send("stdin", `${line}\n`);
  }

  eof() {
    this.send("eof");
  }

  stop() {
    this.send("stop");
  }
}
