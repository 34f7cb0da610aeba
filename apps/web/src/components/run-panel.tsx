"use client";
import { useState } from "react";
import { bffRequest } from "@/lib/client-api";
import type { ApiInput } from "@/lib/api-routes";
import { CodeEditor, type EditorMarker } from "./editor/code-editor";
import { LazyMarkdown as Markdown, preloadMarkdown } from "@/components/lazy-markdown";
import { RunConsole } from "./run/run-console";
import dynamic from "next/dynamic";
import { useRun } from "./run/use-run";
import { type DraftKey, useDraft } from "./run/use-draft";
import { DraftNote } from "./run/draft-note";
import type { Explanation, RunFile, RunResult } from "./run/types";
import { cx } from "@/lib/cx";

export type { Explanation, RunResult } from "./run/types";

// the step view is fetched when the student first asks for it, not with the page
const TraceView = dynamic(() => import("./run/trace-view").then((m) => m.TraceView), {
  ssr: false,
  loading: () => <p role="status">Tracing your program…</p>,
});

// Write code, run it in the sandbox and talk to it in the console, or watch it run step by step;
// when it fails, the error is explained in plain words and marked on the right line. With a
// draftKey the code is autosaved for this student and page.

/** what extraActions can do to the panel (clear the last run when a grade arrives) */
export interface PanelControls {
  clearOutput(): void;
}

/** the run statuses the explainer is asked about (it has words for a few more) */
type Explained = NonNullable<ApiInput<"POST /api/debug/explain">["body"]["status"]>;
const EXPLAINED: ReadonlySet<string> = new Set<Explained>(["error", "timeout", "memory", "output-limit"]);
const explained = (status: string): status is Explained => EXPLAINED.has(status);

export function RunPanel({
  initialCode,
  exerciseId,
  moduleId,
  onRun,
  onCodeChange,
  label = "Python code",
  extraActions,
  draftKey,
  starterCode,
  restoredAt,
  files,
  lazyEditor = false,
}: {
  initialCode: string;
  exerciseId?: string;
  moduleId?: string;
  onRun?(code: string, result: RunResult): void;
  onCodeChange?(code: string): void;
  label?: string;
  extraActions?: (code: string, panel: PanelControls) => React.ReactNode;
  /** "exercise/<id>" or "concept/<id>": autosave this page's code for the student */
  draftKey?: DraftKey;
  /** what "Start over" goes back to (defaults to initialCode) */
  starterCode?: string;
  /** when initialCode is a restored draft: when it was saved */
  restoredAt?: string | null;
  /** data files the program may open (an exercise's story.txt) */
  files?: RunFile[];
  /** fetch Monaco only when the student starts editing (student pages; see code-editor.tsx) */
  lazyEditor?: boolean;
}) {
  const [code, setCode] = useState(initialCode);
  const [explanation, setExplanation] = useState<Explanation | null>(null);
  const [ranCode, setRanCode] = useState(initialCode);
  const [tracing, setTracing] = useState<string | null>(null);
  const draft = useDraft(draftKey, code);
  const run = useRun(async (r) => {
    onRun?.(ranCode, r);
    const status = r.status;
    if (!explained(status)) return;
    const error = r.error ? { type: r.error.type, message: r.error.message.slice(0, 4000), line: r.error.line } : null;
    setExplanation(
      await bffRequest("POST /api/debug/explain", {
        body: { code: ranCode, status, error, stdout: r.stdout.slice(-4000) },
      }).catch(() => null),
    );
  });
  const result = run.state.result;

  function change(v: string) {
    setCode(v);
    onCodeChange?.(v);
  }
  function start() {
    if (run.state.running) return;
    void preloadMarkdown();
    setExplanation(null);
    setTracing(null);
    setRanCode(code);
    void run.start(code, { files, exerciseId, moduleId });
  }
  const controls: PanelControls = {
    clearOutput() {
      run.clear();
      setExplanation(null);
    },
  };

  const line = explanation?.line ?? result?.error?.line ?? null;
  const markers: EditorMarker[] =
    result && result.status !== "ok" && line && code === ranCode
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
      <DraftNote
        enabled={Boolean(draftKey)}
        status={draft.status}
        savedAt={draft.savedAt}
        restoredAt={restoredAt ?? null}
        onStartOver={async () => {
          const fresh = starterCode ?? initialCode;
          await draft.discard();
          draft.markSaved(fresh);
          change(fresh);
          controls.clearOutput();
        }}
      />
      <CodeEditor value={code} onChange={change} markers={markers} label={label} onRun={start} lazy={lazyEditor} />
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={start}
          disabled={run.state.running}
          className="rounded-md bg-orange-700 px-5 py-2 font-medium text-white hover:bg-orange-800 disabled:opacity-60"
          aria-keyshortcuts="Control+Enter"
        >
          {run.state.running ? "Running…" : "Run ▶"}
        </button>
        <button
          type="button"
          onClick={() => setTracing(tracing === null ? code : null)}
          aria-expanded={tracing !== null}
          className={cx(
            "rounded-md border border-slate-400 px-4 py-2 font-medium hover:bg-slate-100",
            "dark:border-slate-500 dark:hover:bg-slate-800",
          )}
        >
          {tracing === null ? "Watch it run" : "Close step view"}
        </button>
        {extraActions?.(code, controls)}
      </div>
      {run.state.problem && (
        <p
          role="alert"
          className={cx(
            "rounded-md border border-red-300 bg-red-50 p-3 text-red-800",
            "dark:border-red-800 dark:bg-red-950 dark:text-red-200",
          )}
        >
          {run.state.problem}
        </p>
      )}
      {tracing !== null && <TraceView code={tracing} files={files} />}
      <RunConsole state={run.state} onAnswer={run.answer} onEof={run.eof} onStop={run.stop} />
      <div aria-live="polite">
        {explanation && (
          <div
            className={cx(
              "rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950",
              "dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100",
            )}
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
