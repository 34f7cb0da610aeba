"use client";
import { useRef, useState } from "react";
import { bffRequest, ClientApiError, getStream, type StreamEvent } from "@/lib/client-api";
import { CONSOLE_LIMIT, type ConsoleChunk, type RunFile, type RunResult } from "./types";
import { replayRun } from "./replay-run";

// One run of the student's program, talking like a terminal: output appears as it is printed,
// and input() asks in the console and waits for the answer. It uses the sandbox's interactive
// runs (POST /interactive, then /live/:runId: server-sent events, input, eof, stop), which echo the
// answers into the output as a terminal does; on a sandbox without them it falls back to replaying
// the program with the answers given so far (replay-run.ts), which looks the same to a student.

export interface RunOptions {
  files?: RunFile[];
  exerciseId?: string;
  moduleId?: string;
}

export interface RunState {
  running: boolean;
  chunks: ConsoleChunk[];
  /** set while the program waits in input() */
  waiting: { prompt: string } | null;
  result: RunResult | null;
  /** the console dropped output past CONSOLE_LIMIT */
  cut: boolean;
  problem: string | null;
}

const idle: RunState = { running: false, chunks: [], waiting: null, result: null, cut: false, problem: null };
let interactive: boolean | undefined; // learned once per page load: does the sandbox have /interactive?

export function useRun(onDone?: (result: RunResult) => void) {
  const [state, setState] = useState<RunState>(idle);
  const session = useRef<{ answer(text: string): Promise<void>; eof(): Promise<void>; stop(): Promise<void> } | null>(
    null,
  );
  const doneRef = useRef(onDone);
  doneRef.current = onDone;

  const append = (chunk: ConsoleChunk) =>
    setState((s) => {
      const size = s.chunks.reduce((n, c) => n + c.text.length, 0);
      if (size >= CONSOLE_LIMIT) return { ...s, cut: true };
      const text = chunk.text.slice(0, CONSOLE_LIMIT - size);
      const last = s.chunks[s.chunks.length - 1];
      const chunks =
        last && last.kind === chunk.kind
          ? [...s.chunks.slice(0, -1), { ...last, text: last.text + text }]
          : [...s.chunks, { ...chunk, text }];
      return { ...s, chunks, cut: s.cut || text.length < chunk.text.length };
    });
  const finish = (result: RunResult) => {
    session.current = null;
    setState((s) => ({ ...s, running: false, waiting: null, result }));
    doneRef.current?.(result);
  };
  const fail = (err: unknown) => {
    session.current = null;
    const e = err as ClientApiError;
    const problem =
      e.status === 429 ? `You are running code very fast. Try again in ${e.retryAfter ?? 60} seconds.` : e.message;
    setState((s) => ({ ...s, running: false, waiting: null, problem }));
  };

  async function start(code: string, options: RunOptions = {}) {
    if (state.running) return;
    setState({ ...idle, running: true });
    const files = options.files?.length ? options.files : undefined;
    try {
      if (interactive !== false) {
        try {
          const { runId } = await bffRequest("POST /api/sandbox/interactive", { body: { code, files } });
          interactive = true;
          return await streamRun(runId);
        } catch (err) {
          if ((err as ClientApiError).status !== 404) throw err;
          interactive = false;
        }
      }
      session.current = replayRun({ code, files, ...options }, { append, setState, finish, fail });
    } catch (err) {
      fail(err);
    }
  }

  async function streamRun(runId: string) {
    const params = { runId };
    session.current = {
      // the sandbox echoes the answer into the output, as a terminal does
      answer: async (text) => {
        setState((s) => ({ ...s, waiting: null }));
        await bffRequest("POST /api/sandbox/live/:runId/input", { params, body: { text } });
      },
      eof: async () => {
        setState((s) => ({ ...s, waiting: null }));
        await bffRequest("POST /api/sandbox/live/:runId/eof", { params });
      },
      stop: async () => void (await bffRequest("DELETE /api/sandbox/live/:runId", { params }).catch(() => undefined)),
    };
    let ended = false;
    const onEvent = (e: StreamEvent<"sandboxSessionStream">) => {
      if (e.event === "output") append({ kind: e.data.stream === "stderr" ? "err" : "out", text: e.data.text });
      else if (e.event === "input")
        setState((s) => {
          // input() printed its prompt as output: the text after the last line break
          const out = s.chunks.map((c) => c.text).join("");
          return { ...s, waiting: { prompt: out.slice(out.lastIndexOf("\n") + 1) } };
        });
      else {
        ended = true;
        finish(e.data.result);
      }
    };
    await getStream("sandboxSessionStream", { onEvent }, { params: { runId } });
    if (!ended) fail(new ClientApiError(502, "The connection to your program was lost. Please run it again."));
  }

  return {
    state,
    start,
    answer: (text: string) => session.current?.answer(text).catch(fail),
    eof: () => session.current?.eof().catch(fail),
    stop: () => session.current?.stop(),
    /** forget the last run's output and errors (a new grade arrived, or the code was reset) */
    clear: () => setState((s) => (s.running ? s : idle)),
  };
}
