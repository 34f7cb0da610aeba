import { LazyMarkdown as Markdown } from "@/components/lazy-markdown";
import type { ApiResponse } from "@/lib/api-routes";
import { cx } from "@/lib/cx";

// Test results the way Exercism shows them: every check named by what it checks, passing ones
// too, and for a failure the call that was made, what was expected and what came back.

/** the grade a submission answers (packages/contracts/src/grade.ts, through the submit contract) */
export type Grade = ApiResponse<"POST /api/exercise/exercises/:exerciseId/submissions">["grade"];
type GradedTest = Grade["tests"][number];

/** a check named only by a number (test_1) is called by its position instead, never "1" */
function checkName(t: GradedTest, i: number): string {
  return /^(test[\s_]*)?\d+$/i.test(t.name.trim()) ? `Check ${i + 1}` : t.name;
}

const MARK = {
  passed: ["✓", "Passed", "text-green-700 dark:text-green-400"],
  failed: ["✗", "Failed", "text-red-700 dark:text-red-400"],
  skipped: ["–", "Skipped", "text-slate-600 dark:text-slate-400"],
} as const;

export function GradeReport({ grade }: { grade: Grade }) {
  return (
    <section
      aria-label="Test results"
      data-testid="grade"
      data-score={grade.score}
      className={cx(
        "rounded-md border p-3",
        grade.passed
          ? "border-green-500 bg-green-50 dark:bg-green-950"
          : "border-amber-500 bg-amber-50 dark:bg-amber-950",
      )}
    >
      <p className="font-semibold">
        Score {grade.score}/100 — {grade.summary}
      </p>
      <ul className="mt-2 space-y-2 text-sm">
        {grade.tests.map((t, i) => {
          const [sign, word, colour] = MARK[t.outcome === "skipped" ? "skipped" : t.passed ? "passed" : "failed"];
          const shown = t.message && t.message !== "Passed" && !t.passed;
          return (
            <li key={t.id ?? i} data-testid="test-result" data-passed={t.passed}>
              <span className={colour}>
                <span aria-hidden="true">{sign}</span> {word}:
              </span>{" "}
              <strong>{checkName(t, i)}</strong>
              {shown && (
                <div className="mt-1 [&_p]:inline">
                  <Markdown text={t.message} />
                </div>
              )}
              {!t.passed && (t.call || t.expected !== undefined || t.actual !== undefined) && (
                <dl
                  className={cx(
                    "mt-1 grid grid-cols-[auto_1fr] gap-x-3 rounded bg-white/70 p-2 font-mono text-xs",
                    "dark:bg-slate-900/70",
                  )}
                >
                  {t.call && (
                    <>
                      <dt className="font-sans font-semibold">Call</dt>
                      <dd className="break-all">{t.call}</dd>
                    </>
                  )}
                  {t.expected !== undefined && (
                    <>
                      <dt className="font-sans font-semibold">Expected</dt>
                      <dd className="break-all">{t.expected}</dd>
                    </>
                  )}
                  {t.actual !== undefined && (
                    <>
                      <dt className="font-sans font-semibold">Actual</dt>
                      <dd className="break-all">{t.actual}</dd>
                    </>
                  )}
                </dl>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
