"use client";
import { useRef, useState } from "react";
import { RunPanel, type RunResult } from "@/components/run-panel";
import { LazyTutorChat as TutorChat } from "@/components/tutor-chat-lazy";
import { GradeReport, type Grade } from "@/components/exercise/grade-report";
import { MomentumPanel } from "@/components/exercise/momentum-panel";
import { LazyMarkdown as Markdown } from "@/components/lazy-markdown";
import { bffRequest } from "@/lib/client-api";
import type { StudentExercise } from "@/server/types";
import { cx } from "@/lib/cx";

export function ExerciseWorkspace({
  exercise,
  draft,
  lazyEditor = false,
}: {
  exercise: StudentExercise;
  /** the student's saved work on this exercise, read while the page rendered */
  draft?: { code: string; updatedAt: string } | null;
  /** fetch Monaco only when the student starts editing (the student's own page) */
  lazyEditor?: boolean;
}) {
  const last = useRef<{ code: string; run?: RunResult }>({ code: draft?.code ?? exercise.starter });
  const [graded, setGraded] = useState<{ grade: Grade; submissionId: string } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [hints, setHints] = useState<string[]>([]);

  async function submit(code: string, clearOutput: () => void) {
    setSubmitting(true);
    setProblem(null);
    try {
      const r = await bffRequest("POST /api/exercise/exercises/:exerciseId/submissions", {
        params: { exerciseId: exercise.id },
        body: { code },
      });
      // a new result replaces the last run's error and its underline
      clearOutput();
      setGraded(r);
    } catch (err) {
      setProblem((err as Error).message);
    } finally {
      setSubmitting(false);
    }
  }

  async function nextHint() {
    try {
      const h = await bffRequest("GET /api/exercise/exercises/:exerciseId/hints/:level", {
        params: { exerciseId: exercise.id, level: hints.length + 1 },
      });
      setHints((list) => [...list, h.text]);
    } catch (err) {
      setProblem((err as Error).message);
    }
  }

  return (
    <div className="space-y-4">
      <RunPanel
        initialCode={draft?.code ?? exercise.starter}
        starterCode={exercise.starter}
        restoredAt={draft && draft.code !== exercise.starter ? draft.updatedAt : null}
        draftKey={`exercise/${exercise.id}`}
        files={exercise.files}
        lazyEditor={lazyEditor}
        exerciseId={exercise.id}
        moduleId={exercise.module}
        label={`Your solution to ${exercise.title}`}
        onRun={(code, run) => (last.current = { code, run })}
        onCodeChange={(code) => (last.current = { ...last.current, code })}
        extraActions={(code, panel) => (
          <button
            type="button"
            onClick={() => submit(code, panel.clearOutput)}
            disabled={submitting}
            className="rounded-md bg-green-700 px-5 py-2 font-medium text-white hover:bg-green-800 disabled:opacity-60"
          >
            {submitting ? "Checking…" : "Submit"}
          </button>
        )}
      />
      {problem && (
        <p role="alert" className="text-red-700 dark:text-red-300">
          {problem}
        </p>
      )}
      <div aria-live="polite" className="space-y-3">
        {graded && <GradeReport grade={graded.grade} />}
        {graded && <MomentumPanel submissionId={graded.submissionId} passed={graded.grade.passed} />}
      </div>
      <section
        aria-label="Hints"
        className="rounded-md border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900"
      >
        <h2 className="font-semibold">Hints</h2>
        <ol className="mt-2 list-decimal space-y-1 pl-6 text-sm" data-testid="hints">
          {hints.map((h, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: hints come in a fixed order
            <li key={i} className="[&_p]:inline">
              <Markdown text={h} />
            </li>
          ))}
        </ol>
        {hints.length < exercise.hintCount ? (
          <button
            type="button"
            onClick={nextHint}
            className={cx(
              "mt-2 rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100",
              "dark:border-slate-600 dark:hover:bg-slate-800",
            )}
          >
            {hints.length === 0 ? "Show a hint" : `Next hint (${hints.length + 1} of ${exercise.hintCount})`}
          </button>
        ) : (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            That was the last hint. Ask a tutor if you are still stuck.
          </p>
        )}
      </section>
      <div className="h-[420px]">
        <TutorChat
          context={() => ({
            code: last.current.code,
            exerciseId: exercise.id,
            moduleId: exercise.module,
            lastRun: last.current.run
              ? {
                  status: last.current.run.status,
                  error: last.current.run.error,
                  stdout: last.current.run.stdout.slice(0, 2000),
                }
              : undefined,
          })}
        />
      </div>
    </div>
  );
}
