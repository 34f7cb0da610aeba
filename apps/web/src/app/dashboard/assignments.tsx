import Link from "next/link";
import type { Assignment } from "@/server/types";
import { assignmentStatus, dueWords, STATUS_WORDS, type AssignmentStatus } from "@/lib/assignment-status";
import { cx } from "@/lib/cx";

const STATUS_STYLE: Record<AssignmentStatus, string> = {
  "not-started": "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100",
  "in-progress": "bg-yellow-100 text-yellow-900 dark:bg-yellow-950 dark:text-yellow-100",
  passed: "bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-100",
  "passed-late": "bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-100",
  late: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100",
};

/**
 * The teacher's assignments for my classes, unfinished and soonest due first: the due date in
 * words, a reminder when due within 48 hours or overdue, and where I stand on each (the exercise
 * service's status, the one my teacher sees).
 */
export function Assignments({
  assignments,
  best,
  submissions,
  now,
}: {
  assignments: Assignment[];
  best: Map<string, number | null>;
  submissions: { exerciseId: string; passed: boolean; createdAt: string }[];
  now: Date;
}) {
  if (assignments.length === 0) return null;
  const rows = assignments
    // the exercise service's status when it gives one (what the teacher sees), else worked out here
    .map((a) => ({ a, status: a.status ?? assignmentStatus(a, best.get(a.exerciseId), submissions, now) }))
    .sort(
      (x, y) =>
        Number(x.status.startsWith("passed")) - Number(y.status.startsWith("passed")) ||
        (x.a.dueAt ?? "9999").localeCompare(y.a.dueAt ?? "9999"),
    );
  return (
    <section aria-labelledby="assignments-title" data-testid="assignments">
      <h2 id="assignments-title" className="mb-2 text-lg font-semibold">
        Your assignments
      </h2>
      <ul
        className={cx(
          "divide-y divide-slate-200 rounded-md border border-slate-300 bg-white",
          "dark:divide-slate-800 dark:border-slate-700 dark:bg-slate-900",
        )}
      >
        {rows.map(({ a, status }) => (
          <li
            key={a.id}
            className="flex flex-wrap items-center gap-3 p-3"
            data-assignment={a.exerciseId}
            data-status={status}
            data-reminder={a.reminder ?? ""}
          >
            <Link href={`/exercises/${a.exerciseId}`} className="font-medium underline-offset-2 hover:underline">
              {a.title}
            </Link>
            <span className="text-sm text-slate-700 dark:text-slate-300">
              {a.dueAt ? (
                <time dateTime={a.dueAt} title={new Date(a.dueAt).toLocaleString("en-GB")}>
                  {dueWords(a.dueAt, now)} (
                  {new Date(a.dueAt).toLocaleDateString("en-GB", { day: "numeric", month: "short" })})
                </time>
              ) : (
                "no due date"
              )}
            </span>
            {a.className && <span className="text-xs text-slate-600 dark:text-slate-400">{a.className}</span>}
            {a.reminder && (
              <strong className="text-sm text-red-800 dark:text-red-300">
                {a.reminder === "overdue" ? "Overdue" : "Due soon"}
              </strong>
            )}
            <span className={`ml-auto rounded-full px-2 py-0.5 text-sm ${STATUS_STYLE[status]}`} title={a.detail}>
              {STATUS_WORDS[status]}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
