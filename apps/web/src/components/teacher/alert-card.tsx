import Link from "next/link";
import type { ApiResponse } from "@/lib/api-routes";
import { cx } from "@/lib/cx";

// One struggle alert, readable on its own: who, what it is about (the exercise, quiz or module),
// the facts, the code and the error it is about, what to try, and a link to the evidence.

/** a struggle alert as the progress service answers it (packages/contracts/src/http/progress-teacher.ts) */
export type Alert = ApiResponse<"GET /api/progress/alerts">["alerts"][number];
export type AlertDetails = NonNullable<Alert["details"]>;

const TRIGGERS: Record<string, string> = {
  "repeated-error": "Same error again and again",
  "failed-runs": "Many failed attempts in a row",
  "stuck-on-exercise": "Stuck on an exercise",
  "low-quiz-score": "Low quiz score",
  "said-stuck": "Said they are stuck",
};

/** Where the evidence of an alert is on the student's page. */
function evidenceHref(a: Alert): string {
  const d = a.details;
  const module = d?.module?.id ?? a.moduleId;
  const anchor = d?.submissionId
    ? `submission-${d.submissionId}`
    : a.trigger === "low-quiz-score"
      ? "quizzes"
      : a.trigger === "said-stuck"
        ? "conversations"
        : d?.evidenceId
          ? `run-${d.evidenceId}`
          : "alerts";
  return `/teacher/students/${a.studentId}${module ? `?module=${encodeURIComponent(module)}` : ""}#${anchor}`;
}

export function AlertCard({
  alert: a,
  studentName,
  action,
}: {
  alert: Alert;
  studentName?: string;
  action?: React.ReactNode;
}) {
  const d = a.details;
  return (
    <article
      className={cx(
        "rounded-md border border-amber-500 bg-amber-50 p-3 text-slate-900",
        "dark:border-amber-700 dark:bg-amber-950 dark:text-slate-100",
      )}
      data-trigger={a.trigger}
      data-status={a.status}
      aria-label={`${TRIGGERS[a.trigger] ?? a.trigger}${studentName ? `: ${studentName}` : ""}`}
    >
      <p className="font-semibold">
        {studentName && (
          <>
            <Link className="underline" href={`/teacher/students/${a.studentId}`}>
              {studentName}
            </Link>
            {" · "}
          </>
        )}
        {TRIGGERS[a.trigger] ?? a.trigger}
        {d?.subject && (
          <>
            {" · "}
            <span data-testid="alert-subject">{d.subject.title}</span>
          </>
        )}
        {d?.module && d.subject.kind !== "module" ? ` (${d.module.title})` : ""}
      </p>
      <p className="text-sm">{a.summary}</p>
      {d && d.facts.length > 1 && (
        <p className="text-sm text-slate-700 dark:text-slate-300">{d.facts.slice(1).join(" ")}</p>
      )}
      {d?.error && (
        <p className="mt-1 text-sm" data-testid="alert-error">
          <strong>Error:</strong> <code>{d.error.type}</code>
          {d.error.message ? `: ${d.error.message}` : ""}
          {d.error.line ? ` (line ${d.error.line})` : ""}
        </p>
      )}
      {d && d.failingChecks.length > 0 && (
        <ul className="mt-1 list-disc pl-5 text-sm" aria-label="Failing checks">
          {d.failingChecks.slice(0, 3).map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a stored alert's checks are read-only, in grading order
            <li key={i}>
              <strong>{c.name}</strong> — {c.message}
            </li>
          ))}
        </ul>
      )}
      {d?.message && <blockquote className="mt-1 border-l-4 border-amber-400 pl-2 text-sm">“{d.message}”</blockquote>}
      {d?.code ? (
        <details className="mt-2 text-sm" open>
          <summary className="cursor-pointer">
            Their code ({d.codeFrom === "submission" ? "latest submission" : "latest run"})
          </summary>
          <pre
            className="mt-1 max-h-64 overflow-auto rounded bg-slate-900 p-2 font-mono text-xs text-slate-100"
            data-testid="alert-code"
          >
            {d.code}
          </pre>
        </details>
      ) : (
        d &&
        d.subject.kind !== "quiz" &&
        d.subject.kind !== "conversation" && (
          <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">The code of these runs was not recorded.</p>
        )
      )}
      {d && d.advice.length > 0 && (
        <div className="mt-2 text-sm">
          <p className="font-medium">What to try</p>
          <ul className="list-disc pl-5" data-testid="alert-advice">
            {d.advice.map((t, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a stored alert's advice is read-only
              <li key={i}>{t}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="mt-2 flex flex-wrap items-center gap-3 text-sm">
        <Link className="font-medium underline" href={evidenceHref(a)}>
          Open the evidence ({a.evidence.length})
        </Link>
        <span className="text-slate-700 dark:text-slate-300">{new Date(a.createdAt).toLocaleString()}</span>
        {a.status === "resolved" && (
          <span className="text-slate-700 dark:text-slate-300">
            Resolved{a.resolvedAt ? ` ${new Date(a.resolvedAt).toLocaleString()}` : ""}
            {a.resolution ? ` — ${a.resolution}` : ""}
          </span>
        )}
        {action}
      </p>
    </article>
  );
}
