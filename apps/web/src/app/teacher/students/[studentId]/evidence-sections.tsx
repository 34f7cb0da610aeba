import type { Conversation, QuizAttempt, StudentView, Submission } from "./types";

// The evidence behind a student's numbers: each list is the record itself, with dates.

const box = "rounded-md border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900";
const pre = "mt-1 max-h-72 overflow-auto rounded bg-slate-900 p-2 font-mono text-xs text-slate-100";
const when = (t: string | null) => (t ? new Date(t).toLocaleString() : "");

export function Submissions({ items }: { items: Submission[] }) {
  if (items.length === 0) return <p className="text-sm">No submissions yet.</p>;
  return (
    <ul className="space-y-2">
      {items.map((s) => (
        <li
          key={s.id}
          id={`submission-${s.id}`}
          className={`${box} target:ring-2 target:ring-orange-500`}
          data-testid="submission"
        >
          <details>
            <summary className="cursor-pointer">
              <strong>{s.exerciseTitle}</strong> — {s.passed ? "passed" : "not passed"}, score {s.score}/100 ·{" "}
              {when(s.createdAt)}
            </summary>
            <p className="mt-2 text-sm">{s.summary}</p>
            <ul className="mt-1 space-y-0.5 text-sm" aria-label="Checks">
              {s.tests.map((t, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a stored grade's checks are read-only, in grading order
                <li key={i}>
                  {t.passed ? "✓" : "✗"} <strong>{t.name}</strong>
                  {t.passed ? "" : ` — ${t.message}`}
                </li>
              ))}
            </ul>
            <pre className={pre} data-testid="submission-code">
              {s.code}
            </pre>
          </details>
        </li>
      ))}
    </ul>
  );
}

export function FailedRuns({ runs }: { runs: StudentView["runs"] }) {
  if (runs.length === 0) return <p className="text-sm">No failed runs.</p>;
  return (
    <ul className="space-y-2">
      {runs.map((r) => (
        <li key={r.id} id={`run-${r.id}`} className={`${box} target:ring-2 target:ring-orange-500`}>
          <p className="text-sm">
            {when(r.time)} — <code>{r.error?.type ?? r.errorType ?? r.status}</code>
            {r.error?.message ? `: ${r.error.message}` : ""}
            {r.error?.line ? ` (line ${r.error.line})` : ""}
            {r.exerciseId ? ` · exercise ${r.exerciseId}` : r.moduleId ? ` · ${r.moduleId}` : ""}
          </p>
          {r.code ? (
            <pre className={pre}>{r.code}</pre>
          ) : (
            <p className="text-xs">The code of this run was not recorded.</p>
          )}
        </li>
      ))}
    </ul>
  );
}

export function QuizAttempts({ attempts }: { attempts: QuizAttempt[] }) {
  if (attempts.length === 0) return <p className="text-sm">No quiz attempts yet.</p>;
  const show = (v: string | number | null, options?: string[]) =>
    v === null ? "—" : typeof v === "number" && options ? (options[v] ?? String(v)) : String(v);
  return (
    <ul className="space-y-2">
      {attempts.map((a) => (
        <li key={a.id} className={box} data-testid="quiz-attempt">
          <details>
            <summary className="cursor-pointer">
              <strong>{a.quizTitle}</strong> — {a.score}% ({a.correct} of {a.total}) · {when(a.submittedAt)}
            </summary>
            <ol className="mt-2 list-decimal space-y-2 pl-5 text-sm">
              {a.questions.map((q) => (
                <li key={q.id}>
                  <p>{q.prompt}</p>
                  {q.code && <pre className={pre}>{q.code}</pre>}
                  <p>
                    {!q.answered ? "Skipped" : q.correct ? "✓ Right" : "✗ Wrong"} — their answer:{" "}
                    <strong>{show(q.given, q.options)}</strong>; right answer:{" "}
                    <strong>{show(q.expected, q.options)}</strong>
                  </p>
                </li>
              ))}
            </ol>
          </details>
        </li>
      ))}
    </ul>
  );
}

export function Conversations({ items }: { items: Conversation[] | null }) {
  if (items === null) return <p className="text-sm">The tutor's conversations could not be loaded just now.</p>;
  if (items.length === 0) return <p className="text-sm">No conversations with the tutor yet.</p>;
  return (
    <ul className="space-y-2">
      {items.map((c) => (
        <li key={c.id} className={box}>
          <details>
            <summary className="cursor-pointer">
              Conversation started {when(c.startedAt)} ({c.messages.length} messages)
            </summary>
            <ul className="mt-2 space-y-1 text-sm">
              {c.messages.map((m) => (
                <li key={m.id}>
                  <strong>{m.role === "user" ? "Student" : `Tutor${m.agent ? ` (${m.agent})` : ""}`}:</strong>{" "}
                  <span className="whitespace-pre-wrap">{m.content}</span>
                </li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </ul>
  );
}
