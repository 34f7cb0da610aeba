"use client";
import { useEffect, useRef, useState } from "react";
import type { RunState } from "./use-run";
import { cx } from "@/lib/cx";

// The program's console: a box of bounded height that scrolls (the page never grows with the
// output), following the newest line while the program prints. When the program waits in
// input(), an answer field sits right after its prompt, and the answer is echoed like a terminal.

const STATUS_WORDS: Record<string, string> = {
  ok: "finished",
  error: "stopped with an error",
  timeout: "ran out of time",
  memory: "used too much memory",
  processes: "started too many processes",
  "output-limit": "printed too much and was stopped",
  crashed: "crashed",
  signal: "was stopped by a signal",
  rejected: "could not be run",
};

export function RunConsole({
  state,
  onAnswer,
  onEof,
  onStop,
}: {
  state: RunState;
  onAnswer(text: string): void;
  onEof(): void;
  onStop(): void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const [answer, setAnswer] = useState("");
  const { chunks, waiting, result, running, cut } = state;

  // biome-ignore lint/correctness/useExhaustiveDependencies: they are triggers: scroll on new output
  useEffect(() => {
    const el = box.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [chunks, waiting]);
  useEffect(() => {
    if (waiting) field.current?.focus();
  }, [waiting]);

  if (!running && !result && chunks.length === 0) return null;
  const lines = chunks.reduce((n, c) => n + (c.text.match(/\n/g)?.length ?? 0), 0);
  return (
    <div className="rounded-md border border-slate-300 bg-slate-900 text-sm text-slate-100 dark:border-slate-700">
      <div className="flex items-center gap-3 border-b border-slate-700 px-3 py-1 text-xs text-slate-300">
        <span role="status" aria-live="polite" data-testid="run-status" data-status={result?.status ?? "running"}>
          {running
            ? waiting
              ? "Your program is waiting for your answer"
              : "Running…"
            : result &&
              `Your program ${STATUS_WORDS[result.status] ?? result.status} · ${Math.round(result.durationMs)} ms`}
        </span>
        {running && (
          <button type="button" onClick={onStop} className="ml-auto rounded border border-slate-500 px-2 py-0.5">
            Stop
          </button>
        )}
      </div>
      <div
        ref={box}
        role="log"
        aria-label="Program output"
        aria-live="off"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard scrolling (WCAG 2.1.1)
        tabIndex={0}
        className="max-h-72 overflow-auto p-3 font-mono"
        data-testid="run-output"
      >
        <pre className="inline whitespace-pre-wrap break-words">
          {chunks.map((c, i) => (
            <span
              // biome-ignore lint/suspicious/noArrayIndexKey: output only grows at the end
              key={i}
              className={c.kind === "err" ? "text-red-300" : c.kind === "in" ? "font-semibold text-amber-200" : ""}
              data-kind={c.kind}
            >
              {c.text}
            </span>
          ))}
          {!running && result?.status === "ok" && chunks.length === 0 && (
            <span className="text-slate-400">(no output)</span>
          )}
        </pre>
        {waiting && (
          <form
            className="inline"
            onSubmit={(e) => {
              e.preventDefault();
              onAnswer(answer);
              setAnswer("");
            }}
          >
            <input
              ref={field}
              value={answer}
              onChange={(e) => setAnswer(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "d" && e.ctrlKey) {
                  e.preventDefault();
                  onEof();
                }
              }}
              aria-label={waiting.prompt.trim() ? `Answer to: ${waiting.prompt.trim()}` : "Answer for input()"}
              data-testid="console-input"
              className={cx(
                "inline-block min-w-32 border-b border-amber-300",
                "bg-transparent font-mono text-amber-200 outline-none",
              )}
            />
          </form>
        )}
      </div>
      {waiting && (
        <p className="border-t border-slate-700 px-3 py-1 text-xs text-slate-300">
          Type your answer and press <kbd>Enter</kbd>. <kbd>Ctrl</kbd>+<kbd>D</kbd> ends the input.
        </p>
      )}
      {(cut || result?.status === "output-limit") && (
        <div className="border-t border-slate-700 bg-amber-950 px-3 py-2 text-amber-100" data-testid="output-cut">
          <p className="font-semibold">Only the start of the output is shown ({lines.toLocaleString("en")} lines).</p>
          <p className="mt-1">
            Your program printed more than a program may print (64 KB), so it was stopped there. Usually a{" "}
            <code>print</code> inside a loop that runs too often, or never ends, is the cause. Print less: only every
            1000th value, or just the result after the loop.
          </p>
        </div>
      )}
    </div>
  );
}
