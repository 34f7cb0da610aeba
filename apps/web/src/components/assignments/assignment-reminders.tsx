import Link from "next/link";
import { api } from "@/server/api";

// A student's assignments, soonest due first, with a reminder for work due within 48 hours or
// overdue. A server component: drop it on any student page. It renders nothing when the student
// has no assignments, and a one-line note when the exercise service cannot answer.

interface MyAssignment {
  id: string;
  exerciseId: string;
  title: string;
  className: string;
  dueAt: string | null;
  status?: "not-started" | "in-progress" | "passed" | "late";
  detail?: string;
  reminder?: "due-soon" | "overdue" | null;
}

const LABEL = { "not-started": "Not started", "in-progress": "In progress", passed: "Passed", late: "Late" };

export async function AssignmentReminders() {
  let list: MyAssignment[];
  try {
    list = (await api<{ assignments: MyAssignment[] }>("/api/exercise/assignments")).assignments;
  } catch {
    return <p className="text-sm">Your assignments could not be loaded just now.</p>;
  }
  if (list.length === 0) return null;
  return (
    <section
      aria-labelledby="assignments-title"
      className="rounded-md border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
      data-testid="assignments"
    >
      <h2 id="assignments-title" className="text-lg font-semibold">
        Your assignments
      </h2>
      <ul className="mt-2 space-y-2">
        {list.map((a) => (
          <li
            key={a.id}
            data-status={a.status}
            data-reminder={a.reminder ?? ""}
            className="flex flex-wrap items-baseline gap-2"
          >
            {a.reminder && (
              <span
                className={`rounded px-2 py-0.5 text-xs font-semibold ${a.reminder === "overdue" ? "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100" : "bg-yellow-100 text-yellow-900 dark:bg-yellow-950 dark:text-yellow-100"}`}
              >
                {a.reminder === "overdue" ? "Overdue" : "Due soon"}
              </span>
            )}
            <Link href={`/exercises/${a.exerciseId}`} className="font-medium underline">
              {a.title}
            </Link>
            <span className="text-sm text-slate-700 dark:text-slate-300">
              {a.className} · {a.dueAt ? `due ${new Date(a.dueAt).toLocaleString()}` : "no due date"} ·{" "}
              {a.status ? LABEL[a.status] : ""}
              {a.detail ? ` — ${a.detail}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
