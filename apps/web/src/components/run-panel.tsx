"use client";
import { useState } from "react";
import { bff, ClientApiError } from "@/lib/client-api";
import { CodeEditor, type EditorMarker } from "./editor/code-editor";
import { Markdown } from "./markdown";

// Write code, give it input, run it in the sandbox, read the output; when it
// fails, the error is explained in plain words and marked on the right line.

export interface RunResult {
  status: "ok" | "error" | "timeout" | "memory" | "output-limit" | "rejected";
  stdout: string;
  stderr: string;
  exitCode: number | null;
  durationMs: number;
  error?: { type: string; message: string; line: number | null; column?: number | null; traceback?: string } | null;
}

export interface Explanation {
  title: string;
  explanation: string;
  line: number | null;
  hints?: string[];
}

export function RunPanel({
  initialCode,
  exerciseId,
  moduleId,
  files,
  onRun,
  onCodeChange,
  label = "Python code",
  extraActions,
}: {
  initialCode: string;
  exerciseId?: string;
  moduleId?: string;
  /** an exercise's data files, written beside the program before it runs (its story.txt) */
  files?: { path: string; content: string }[];
  onRun?(code: string, result: RunResult): void;
  onCodeChange?(code: string): void;
  label?: string;
  extraActions?: (code: string) => React.ReactNode;
}) {
  const [code, setCode] = useState(initialCode);
  const [stdin, setStdin] = useState("");
  const [result, setResult] = useState<RunResult | null>(null);
  const [explanation, setExplanation] = useState<Explanation | null>(null);
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function run() {
    if (running) return;
    setRunning(true);
    setProblem(null);
    setExplanation(null);
    try {
      const r = await bff<RunResult>("sandbox/run", {
        method: "POST",
        json: {
          code,
          stdin,
          ...(files?.length ? { files } : {}),
          ...(exerciseId ? { exerciseId } : {}),
          ...(moduleId ? { moduleId } : {}),
        },
      });
      setResult(r);
      onRun?.(code, r);
      if (r.status !== "ok") {
        const e = await bff<Explanation>("debug/explain", {
          method: "POST",
          json: { code, status: r.status, error: r.error ?? undefined, stdout: r.stdout },
        }).catch(() => null);
        setExplanation(e);
      }
    } catch (err) {
      const e = err as ClientApiError;
      setProblem(
        e.status === 429 ? `You are running code very fast. Try again in ${e.retryAfter ?? 60} seconds.` : e.message,
      );
    } finally {
      setRunning(false);
    }
  }

  const line = explanation?.line ?? result?.error?.line ?? null;
  const markers: EditorMarker[] =
    result && result.status !== "ok" && line
      ? [
          {
            line,
            column: result.error?.column ?? undefined,
            message: explanation?.title ?? result.error?.message ?? result.status,
            severity: "error",
          },
        ]
      : [];

  return (
    <section aria-label="Code editor and output" className="space-y-3">
      <CodeEditor
        value={code}
        onChange={(v) => {
          setCode(v);
          onCodeChange?.(v);
        }}
        markers={markers}
        label={label}
        onRun={run}
      />
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-48 flex-1">
          <label htmlFor="stdin" className="block text-sm font-medium">
            Input for <code>input()</code> (one answer per line)
          </label>
          <textarea
            id="stdin"
            value={stdin}
            onChange={(e) => setStdin(e.target.value)}
            rows={2}
            className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-sm dark:border-slate-600 dark:bg-slate-900"
          />
        </div>
        <button
          type="button"
          onClick={run}
          disabled={running}
          className="rounded-md bg-orange-700 px-5 py-2 font-medium text-white hover:bg-orange-800 disabled:opacity-60"
          aria-keyshortcuts="Control+Enter"
        >
          {running ? "Running…" : "Run ▶"}
        </button>
        {extraActions?.(code)}
      </div>
      {problem && (
        <p
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {problem}
        </p>
      )}
      <div aria-live="polite">
        {result && (
          <div
            className="rounded-md border border-slate-300 bg-slate-900 p-3 font-mono text-sm text-slate-100 dark:border-slate-700"
            data-testid="run-output"
          >
            <p className="mb-1 text-xs text-slate-400">
              Output · {result.status} · {Math.round(result.durationMs)} ms
            </p>
            <pre className="whitespace-pre-wrap break-words">
              {result.stdout || (result.status === "ok" ? "(no output)" : "")}
            </pre>
            {result.stderr && <pre className="mt-2 whitespace-pre-wrap break-words text-red-300">{result.stderr}</pre>}
          </div>
        )}
        {explanation && (
          <div
            className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
            data-testid="error-explanation"
          >
            <div className="font-semibold">
              <Markdown text={`${line ? `Line ${line}: ` : ""}${explanation.title}`} />
            </div>
            <div className="mt-1">
              <Markdown text={explanation.explanation} />
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
