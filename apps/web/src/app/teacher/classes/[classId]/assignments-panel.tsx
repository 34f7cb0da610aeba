"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import type { ApiResponse } from "@/lib/api-routes";
import { bffRequest } from "@/lib/client-api";
import { cx } from "@/lib/cx";

// Assign an exercise with a due date, and see each student's status on each assignment.

export type AssignmentStatus = ApiResponse<"GET /api/exercise/assignments/:assignmentId/status">;

type State = AssignmentStatus["students"][number]["status"];
const STATUS: Record<State, { label: string; className: string }> = {
  "not-started": {
    label: "Not started",
    className: "bg-slate-100 text-slate-900 dark:bg-slate-800 dark:text-slate-100",
  },
  "in-progress": {
    label: "In progress",
    className: "bg-yellow-100 text-yellow-900 dark:bg-yellow-950 dark:text-yellow-100",
  },
  passed: { label: "Passed", className: "bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-100" },
  late: { label: "Late", className: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100" },
};
const input =
  "mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900";

export function AssignmentsPanel({
  classId,
  exercises,
  assignments,
}: {
  classId: string;
  exercises: { id: string; title: string; module: string }[];
  assignments: AssignmentStatus[];
}) {
  const router = useRouter();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="space-y-4">
      <form
        className={cx(
          "grid gap-3 rounded-md border border-slate-300 bg-white p-3 sm:grid-cols-3",
          "dark:border-slate-700 dark:bg-slate-900",
        )}
        onSubmit={async (e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          const due = String(f.get("dueAt") ?? "");
          setBusy(true);
          setProblem(null);
          try {
            await bffRequest("POST /api/exercise/assignments", {
              body: {
                classId,
                exerciseId: String(f.get("exerciseId") ?? ""),
                ...(due ? { dueAt: new Date(due).toISOString() } : {}),
              },
            });
            router.refresh();
          } catch (err) {
            setProblem((err as Error).message);
          } finally {
            setBusy(false);
          }
        }}
      >
        <div className="sm:col-span-2">
          <label htmlFor="assign-exercise" className="text-sm font-medium">
            Exercise
          </label>
          <select id="assign-exercise" name="exerciseId" className={input}>
            {exercises.map((x) => (
              <option key={x.id} value={x.id}>
                {x.title} ({x.module})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="assign-due" className="text-sm font-medium">
            Due (your local time)
          </label>
          <input id="assign-due" name="dueAt" type="datetime-local" className={input} />
        </div>
        <div className="sm:col-span-3">
          <button
            type="submit"
            disabled={busy}
            className="rounded-md bg-orange-700 px-4 py-2 text-white hover:bg-orange-800 disabled:opacity-60"
          >
            Assign to this class
          </button>
          {problem && (
            <p role="alert" className="mt-2 text-red-700 dark:text-red-300">
              {problem}
            </p>
          )}
        </div>
      </form>
      {assignments.length === 0 && <p className="text-sm">Nothing assigned to this class yet.</p>}
      {assignments.map((a) => (
        <section
          key={a.id}
          aria-label={`Assignment ${a.title}`}
          className="rounded-md border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900"
          data-testid="assignment"
        >
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="font-semibold">
              {a.title}{" "}
              <span className="text-sm font-normal">
                {a.dueAt ? `due ${new Date(a.dueAt).toLocaleString()}` : "no due date"}
              </span>
            </h3>
            <p className="text-sm">
              {(Object.keys(STATUS) as State[])
                .map((k) => `${a.counts[k] ?? 0} ${STATUS[k].label.toLowerCase()}`)
                .join(" · ")}{" "}
              ·{" "}
              <a className="underline" href={`/teacher/assignments/${a.id}/export.csv`} download>
                Download CSV
              </a>
            </p>
          </div>
          <table className="mt-2 w-full text-sm">
            <caption className="sr-only">Each student's status on {a.title}</caption>
            <thead>
              <tr className="text-left">
                <th scope="col" className="p-1">
                  Student
                </th>
                <th scope="col" className="p-1">
                  Status
                </th>
                <th scope="col" className="p-1">
                  Details
                </th>
              </tr>
            </thead>
            <tbody>
              {a.students.map((s) => (
                <tr
                  key={s.id}
                  className="border-t border-slate-200 dark:border-slate-800"
                  data-student={s.name}
                  data-status={s.status}
                >
                  <td className="p-1">{s.name}</td>
                  <td className="p-1">
                    <span className={`rounded px-2 py-0.5 font-medium ${STATUS[s.status]?.className ?? ""}`}>
                      {STATUS[s.status]?.label ?? s.status}
                    </span>
                  </td>
                  <td className="p-1">{s.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
