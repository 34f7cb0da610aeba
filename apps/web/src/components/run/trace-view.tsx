"use client";
import { useEffect, useState } from "react";
import type { ApiResponse } from "@/lib/api-routes";
import { bffRequest, type ClientApiError } from "@/lib/client-api";
import type { RunFile } from "./types";
import { cx } from "@/lib/cx";

// "Watch it run": the program is traced inside the sandbox (POST /api/sandbox/trace, at most
// 1,000 steps), then replayed here one step at a time, forwards and backwards: the line about to
// run, the variables with their values (Python's repr), the call stack, and what was printed so
// far (the run's output up to each step's stdoutLength).

type Traced = ApiResponse<"POST /api/sandbox/trace">;

const EVENT_WORDS = {
  line: "is about to run this line",
  call: "has just been called",
  return: "is returning",
  exception: "raised an error",
};

export function TraceView({ code, stdin, files }: { code: string; stdin?: string; files?: RunFile[] }) {
  const [run, setRun] = useState<Traced | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [at, setAt] = useState(0);

  useEffect(() => {
    let live = true;
    bffRequest("POST /api/sandbox/trace", { body: { code, stdin, files: files?.length ? files : undefined } })
      .then((t) => {
        if (!live) return;
        setRun(t);
        setAt(0);
      })
      .catch((err: ClientApiError) =>
        setProblem(err.status === 404 ? "Watching a program run is not available on this server yet." : err.message),
      );
    return () => {
      live = false;
    };
  }, [code, stdin, files]);

  if (problem)
    return (
      <p role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-3 dark:bg-amber-950">
        {problem}
      </p>
    );
  if (!run) return <p role="status">Tracing your program…</p>;
  const trace = run.trace;
  if (trace.steps.length === 0)
    return (
      <p role="status">
        Your program stopped before its first line ran{run.error ? `: ${run.error.type}: ${run.error.message}` : ""}.
      </p>
    );
  const step = trace.steps[at];
  const last = trace.steps.length - 1;
  const go = (n: number) => setAt(Math.max(0, Math.min(last, n)));
  const vars = (title: string, values: Record<string, string>) => (
    <div>
      <h4 className="text-xs font-semibold uppercase text-slate-600 dark:text-slate-400">{title}</h4>
      {Object.keys(values).length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">none yet</p>
      ) : (
        <table className="mt-1 w-full font-mono text-sm">
          <tbody>
            {Object.entries(values).map(([name, value]) => (
              <tr key={name} data-var={name}>
                <th scope="row" className="pr-3 text-left font-semibold">
                  {name}
                </th>
                <td className="break-all">{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );

  return (
    <section
      aria-label="Watch your program run"
      className="space-y-3 rounded-md border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900"
      data-testid="trace"
      onKeyDown={(e) => {
        if (e.key === "ArrowRight") go(at + 1);
        else if (e.key === "ArrowLeft") go(at - 1);
      }}
    >
      <div className="flex flex-wrap items-center gap-2">
        {(
          [
            ["« First", 0],
            ["◀ Back", at - 1],
            ["Forward ▶", at + 1],
            ["Last »", last],
          ] as const
        ).map(([label, n]) => (
          <button
            key={label}
            type="button"
            onClick={() => go(n)}
            disabled={n < 0 || n > last || n === at}
            className="rounded-md border border-slate-300 px-3 py-1 text-sm disabled:opacity-50 dark:border-slate-600"
          >
            {label}
          </button>
        ))}
        <label className="flex items-center gap-2 text-sm">
          <span>
            Step <span data-testid="trace-step">{at + 1}</span> of {trace.steps.length}
            {trace.truncated ? " (the first steps only)" : ""}
          </span>
          <input type="range" min={0} max={last} value={at} onChange={(e) => go(Number(e.target.value))} />
        </label>
      </div>
      <p role="status" aria-live="polite" className="text-sm" data-testid="trace-now">
        Line {step.line}: {step.function === "<module>" ? "the program" : `${step.function}()`}{" "}
        {EVENT_WORDS[step.event]}
        {step.returned !== undefined && `, giving back ${step.returned}`}
        {step.exception && `: ${step.exception}`}
      </p>
      <ol className="max-h-64 overflow-auto rounded bg-slate-50 py-1 font-mono text-sm dark:bg-slate-950">
        {code.split("\n").map((text, i) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: one item per source line
            key={i}
            aria-current={i + 1 === step.line ? "step" : undefined}
            className={cx(
              "flex gap-3 px-2",
              i + 1 === step.line && "bg-amber-200 text-slate-950 dark:bg-amber-700 dark:text-white",
            )}
          >
            <span className="w-6 select-none text-right text-slate-500" aria-hidden="true">
              {i + 1 === step.line ? "➜" : i + 1}
            </span>
            <span className="whitespace-pre">{text || " "}</span>
          </li>
        ))}
      </ol>
      <div className="grid gap-3 sm:grid-cols-2">
        {step.function === "<module>"
          ? vars("Variables", { ...step.globals, ...step.locals })
          : vars(`Variables in ${step.function}()`, step.locals)}
        {step.function !== "<module>" && vars("Global variables", step.globals)}
        <div>
          <h4 className="text-xs font-semibold uppercase text-slate-600 dark:text-slate-400">Call stack</h4>
          <ol className="mt-1 font-mono text-sm" data-testid="trace-stack">
            {step.stack.map((f, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a stack frame's depth is its identity within this step
              <li key={i}>
                {f.function === "<module>" ? "the program" : `${f.function}()`} — line {f.line}
              </li>
            ))}
          </ol>
        </div>
      </div>
      <div>
        <h4 className="text-xs font-semibold uppercase text-slate-600 dark:text-slate-400">Printed so far</h4>
        <pre
          className="mt-1 max-h-40 overflow-auto rounded bg-slate-900 p-2 text-sm text-slate-100"
          data-testid="trace-output"
        >
          {run.stdout.slice(0, step.stdoutLength) || " "}
        </pre>
      </div>
    </section>
  );
}
