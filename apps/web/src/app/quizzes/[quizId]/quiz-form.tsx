"use client";
import { useState } from "react";
import type { ApiResponse } from "@/lib/api-routes";
import { bffRequest } from "@/lib/client-api";
import { LazyMarkdown as Markdown } from "@/components/lazy-markdown";
import { cx } from "@/lib/cx";

export type QuizStatus = ApiResponse<"GET /api/exercise/quizzes/:quizId">;
export type Attempt = ApiResponse<"POST /api/exercise/quizzes/:quizId/attempts">;
type Result = ApiResponse<"POST /api/exercise/quizzes/:quizId/attempts/:attemptId/submit">;

export function QuizForm({ status, attempt }: { status: QuizStatus; attempt: Attempt }) {
  const [answers, setAnswers] = useState<Record<string, string | number>>({});
  const [result, setResult] = useState<Result | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const resultOf = (id: string) => result?.results.find((r) => r.questionId === id);

  return (
    <form
      className="space-y-6"
      onSubmit={async (e) => {
        e.preventDefault();
        if (result) return;
        setProblem(null);
        try {
          setResult(
            await bffRequest("POST /api/exercise/quizzes/:quizId/attempts/:attemptId/submit", {
              params: { quizId: status.id, attemptId: attempt.id },
              body: { answers },
            }),
          );
        } catch (err) {
          setProblem((err as Error).message);
        }
      }}
    >
      {attempt.questions.map((q, i) => {
        const r = resultOf(q.id);
        return (
          <fieldset
            key={q.id}
            className="rounded-md border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
          >
            <legend className="px-1 font-semibold">Question {i + 1}</legend>
            <Markdown text={q.prompt} />
            {q.kind === "predict-output" ? (
              <>
                <pre className="mt-2 overflow-x-auto rounded-md bg-slate-900 p-3 font-mono text-sm text-slate-100">
                  {q.code}
                </pre>
                <label htmlFor={`a-${q.id}`} className="mt-2 block text-sm font-medium">
                  What does it print?
                </label>
                <textarea
                  id={`a-${q.id}`}
                  rows={2}
                  disabled={Boolean(result)}
                  className={cx(
                    "mt-1 w-full rounded-md border border-slate-300 bg-white p-2 font-mono",
                    "dark:border-slate-600 dark:bg-slate-950",
                  )}
                  onChange={(e) => setAnswers((a) => ({ ...a, [q.id]: e.target.value }))}
                />
              </>
            ) : (
              <div className="mt-2 space-y-1">
                {q.options.map((opt, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: options are fixed once drawn
                  <label key={j} className="flex items-start gap-2">
                    <input
                      type="radio"
                      name={q.id}
                      value={j}
                      disabled={Boolean(result)}
                      className="mt-1"
                      onChange={() => setAnswers((a) => ({ ...a, [q.id]: j }))}
                    />
                    <Markdown text={opt} inline />
                  </label>
                ))}
              </div>
            )}
            {r && !r.answered && (
              <p className="mt-3 rounded-md bg-slate-100 p-2 text-sm dark:bg-slate-800">
                Not answered, so its answer stays hidden. It may come back in a later attempt.
              </p>
            )}
            {r?.answered && (
              <p
                className={cx(
                  "mt-3 rounded-md p-2 text-sm",
                  r.correct
                    ? "bg-green-50 text-green-900 dark:bg-green-950 dark:text-green-100"
                    : "bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100",
                )}
              >
                {r.correct ? (
                  "✓ Correct. "
                ) : q.kind === "multiple-choice" ? (
                  <>
                    ✗ Not quite. The answer is “<Markdown text={q.options[Number(r.expected)] ?? ""} inline />
                    ”.{" "}
                  </>
                ) : (
                  <>
                    ✗ Not quite. The answer is <code className="font-mono">{String(r.expected)}</code>.{" "}
                  </>
                )}
                {r.explanation && <Markdown text={r.explanation} inline />}
              </p>
            )}
          </fieldset>
        );
      })}
      {problem && (
        <p role="alert" className="text-red-700 dark:text-red-300">
          {problem}
        </p>
      )}
      <div aria-live="polite">
        {result && (
          <p className="text-lg font-semibold" data-testid="quiz-score">
            You scored {result.score}% ({result.correct} of {result.total}).
            {result.nextAttemptAt
              ? ` Your next attempt opens at ${new Date(result.nextAttemptAt).toLocaleTimeString()}.`
              : ""}
          </p>
        )}
      </div>
      {!result && (
        <button type="submit" className="rounded-md bg-orange-700 px-5 py-2 font-medium text-white hover:bg-orange-800">
          Check my answers
        </button>
      )}
    </form>
  );
}
