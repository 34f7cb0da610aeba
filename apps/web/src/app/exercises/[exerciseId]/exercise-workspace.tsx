"use client";
import { useRef, useState } from "react";
import { RunPanel, type RunResult } from "@/components/run-panel";
import { TutorChat } from "@/components/tutor-chat";
import { bff } from "@/lib/client-api";
import type { StudentExercise } from "@/server/types";

interface Grade {
  score: number;
  passed: boolean;
  summary: string;
  tests: { name: string; passed: boolean; message: string }[];
}

export function ExerciseWorkspace({ exercise }: { exercise: StudentExercise }) {
  const last = useRef<{ code: string; run?: RunResult }>({ code: exercise.starter });
  const [grade, setGrade] = useState<Grade | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [hints, setHints] = useState<string[]>([]);

  async function submit(code: string) {
    setSubmitting(true);
    setProblem(null);
    try {
      setGrade(
        (
          await bff<{ grade: Grade }>(`exercise/exercises/${exercise.id}/submissions`, {
            method: "POST",
            json: { code },
          })
        ).grade,
      );
    } catch (err) {
      setProblem((err as Error).message);
    } finally {
      setSubmitting(false);
    }
  }

  async function nextHint() {
    try {
      const h = await bff<{ text: string }>(`exercise/exercises/${exercise.id}/hints/${hints.length + 1}`);
      setHints((list) => [...list, h.text]);
    } catch (err) {
      setProblem((err as Error).message);
    }
  }

  return (
    <div className="space-y-4">
      <RunPanel
        initialCode={exercise.starter}
        exerciseId={exercise.id}
        moduleId={exercise.module}
        files={exercise.files}
        label={`Your solution to ${exercise.title}`}
        onRun={(code, run) => (last.current = { code, run })}
        onCodeChange={(code) => (last.current = { ...last.current, code })}
        extraActions={(code) => (
          <button
            type="button"
            onClick={() => submit(code)}
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
      <div aria-live="polite">
        {grade && (
          <section
            aria-label="Test results"
            data-testid="grade"
            data-score={grade.score}
            className={`rounded-md border p-3 ${grade.passed ? "border-green-500 bg-green-50 dark:bg-green-950" : "border-amber-500 bg-amber-50 dark:bg-amber-950"}`}
          >
            <p className="font-semibold">
              Score {grade.score}/100 — {grade.summary}
            </p>
            <ul className="mt-2 space-y-1 text-sm">
              {grade.tests.map((t, i) => (
                <li key={i}>
                  <span className={t.passed ? "text-green-700 dark:text-green-400" : "text-red-700 dark:text-red-400"}>
                    {t.passed ? "✓ Passed:" : "✗ Failed:"}
                  </span>{" "}
                  <strong>{t.name}</strong>
                  {t.passed ? "" : ` — ${t.message}`}
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
      <section
        aria-label="Hints"
        className="rounded-md border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900"
      >
        <h2 className="font-semibold">Hints</h2>
        <ol className="mt-2 list-decimal space-y-1 pl-6 text-sm" data-testid="hints">
          {hints.map((h, i) => (
            <li key={i}>{h}</li>
          ))}
        </ol>
        {hints.length < exercise.hintCount ? (
          <button
            type="button"
            onClick={nextHint}
            className="mt-2 rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
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
