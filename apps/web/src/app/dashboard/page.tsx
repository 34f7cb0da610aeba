import { redirect } from "next/navigation";
import { type ApiError, request } from "@/server/api";
import { currentUser } from "@/server/session";
import type { ProgressReport } from "@/server/types";
import { ErrorState, MasteryBadge, levelClass } from "@/components/ui/states";
import { FocusOnLoad } from "@/components/focus-on-load";
import { JoinClassForm } from "./join-class-form";
import { Assignments } from "./assignments";
import { NextUp } from "./next-up";
import { cx } from "@/lib/cx";

export const metadata = { title: "Dashboard" };

const orEmpty = <T,>(p: Promise<T>, empty: T) => p.catch(() => empty);

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ welcome?: string }> }) {
  const { welcome } = await searchParams;
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  const extras = Promise.all([
    orEmpty(request("GET /api/exercise/assignments"), { assignments: [] }),
    orEmpty(request("GET /api/exercise/exercises"), { exercises: [] }),
    orEmpty(request("GET /api/exercise/submissions"), { submissions: [] }),
  ]);
  let report: ProgressReport;
  try {
    report = await request("GET /api/progress/me");
  } catch (err) {
    return <ErrorState title="Your dashboard could not be loaded" message={(err as ApiError).message} />;
  }
  const [{ assignments }, { exercises }, { submissions }] = await extras;
  const fresh = report.modules.every((m) => m.started === false) && (report.done?.concepts.length ?? 0) === 0;
  const firstName = user.name.split(" ")[0];
  return (
    <div className="space-y-8">
      {/* right after sign-up, focus goes to the first thing to do rather than the top of the page */}
      {welcome && <FocusOnLoad id="next-action" />}
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{fresh ? `Welcome to EmberLearn, ${firstName}!` : `Hi ${firstName}!`}</h1>
          {fresh ? (
            <p className="mt-1 max-w-2xl text-slate-700 dark:text-slate-300">
              You will learn Python by reading short lessons and writing real programs. Start with lesson 1: it takes
              about five minutes, and nothing you try can break anything.
            </p>
          ) : (
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
          )}
        </div>
        {!fresh && (
          <p
            className={cx(
              "rounded-md border border-orange-300 bg-orange-50 px-4 py-2",
              "dark:border-orange-800 dark:bg-orange-950",
            )}
            data-testid="streak"
          >
            <span aria-hidden="true">★</span> <strong>{report.streak.current}</strong> day streak{" "}
            {report.streak.longest > report.streak.current && (
              <span className="text-sm">(best {report.streak.longest})</span>
            )}
          </p>
        )}
      </header>

      {report.next && <NextUp next={report.next} />}

      <Assignments
        assignments={assignments}
        best={new Map(exercises.map((e) => [e.id, e.bestScore]))}
        submissions={submissions}
        now={new Date()}
      />

      <section aria-labelledby="modules">
        <h2 id="modules" className="mb-3 text-lg font-semibold">
          {fresh ? "The eight modules ahead of you" : "Mastery by module"}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="module-mastery">
          {report.modules.map((m) =>
            m.started === false ? (
              <li
                key={m.moduleId}
                className={cx(
                  "rounded-md border border-dashed border-slate-300 bg-white p-3",
                  "dark:border-slate-700 dark:bg-slate-900",
                )}
                data-module={m.moduleId}
                data-mastery={m.mastery}
                data-started="false"
              >
                <p className="font-semibold">{m.title}</p>
                <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Not started yet</p>
              </li>
            ) : (
              <li
                key={m.moduleId}
                className={`rounded-md border p-3 ${levelClass(m.level.colour)}`}
                data-module={m.moduleId}
                data-mastery={m.mastery}
                data-started="true"
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
            ),
          )}
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
