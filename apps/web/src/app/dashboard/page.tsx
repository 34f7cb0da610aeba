import Link from "next/link";
import { redirect } from "next/navigation";
import { api, ApiError } from "@/server/api";
import { currentUser } from "@/server/session";
import type { ProgressReport } from "@/server/types";
import { ErrorState, MasteryBadge, levelClass } from "@/components/ui/states";
import { JoinClassForm } from "./join-class-form";
import { AssignmentReminders } from "@/components/assignments/assignment-reminders";

export const metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  let report: ProgressReport;
  try {
    report = await api<ProgressReport>("/api/progress/me");
  } catch (err) {
    return <ErrorState title="Your dashboard could not be loaded" message={(err as ApiError).message} />;
  }
  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">Hi {user.name.split(" ")[0]}!</h1>
          <p className="mt-1 text-slate-700 dark:text-slate-300">
            Overall mastery{" "}
            <span data-testid="overall-mastery">
              <MasteryBadge
                mastery={report.overall.mastery}
                level={report.overall.level.name}
                colour={report.overall.level.colour}
              />
            </span>
          </p>
        </div>
        <p
          className="rounded-md border border-orange-300 bg-orange-50 px-4 py-2 dark:border-orange-800 dark:bg-orange-950"
          data-testid="streak"
        >
          <span aria-hidden="true">★</span> <strong>{report.streak.current}</strong> day streak{" "}
          {report.streak.longest > report.streak.current && (
            <span className="text-sm">(best {report.streak.longest})</span>
          )}
        </p>
      </header>

      <AssignmentReminders />

      {report.next && (
        <section
          aria-labelledby="next-up"
          className="rounded-md border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
        >
          <h2 id="next-up" className="text-lg font-semibold">
            Next up
          </h2>
          <p className="mt-1">{report.next.reason}.</p>
          {report.next.exercise && (
            <Link
              href={`/exercises/${report.next.exercise.id}`}
              className="mt-3 inline-block rounded-md bg-orange-700 px-4 py-2 text-white hover:bg-orange-800"
            >
              Try “{report.next.exercise.title}” ({report.next.exercise.difficulty})
            </Link>
          )}
        </section>
      )}

      <section aria-labelledby="modules">
        <h2 id="modules" className="mb-3 text-lg font-semibold">
          Mastery by module
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="module-mastery">
          {report.modules.map((m) => (
            <li
              key={m.moduleId}
              className={`rounded-md border p-3 ${levelClass(m.level.colour)}`}
              data-module={m.moduleId}
              data-mastery={m.mastery}
            >
              <p className="font-semibold">{m.title}</p>
              <p className="text-2xl font-bold">
                {m.mastery}
                <span className="text-sm font-normal">/100</span>
              </p>
              <p className="text-sm">{m.level.name}</p>
              <details className="mt-2 text-xs">
                <summary className="cursor-pointer">Why this score?</summary>
                <ul className="mt-1 space-y-1">
                  {m.components.map((c) => (
                    <li key={c.name}>
                      <strong>{c.name}</strong> {c.value} × {c.weight} — {c.reasons[0]?.text}
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="join" className="max-w-md">
        <h2 id="join" className="mb-2 text-lg font-semibold">
          Join a class
        </h2>
        <JoinClassForm />
      </section>
    </div>
  );
}
