import Link from "next/link";
import type { ProgressReport } from "@/server/types";
import { cx } from "@/lib/cx";

/** The one thing to do next: a lesson while a module is new, else the easiest exercise not passed. */
export function NextUp({ next }: { next: NonNullable<ProgressReport["next"]> }) {
  const lesson = next.concept ?? null;
  return (
    <section
      aria-labelledby="next-up"
      className="rounded-md border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
      data-testid="next-up"
    >
      <h2 id="next-up" className="text-lg font-semibold">
        Next up
      </h2>
      <p className="mt-1">{next.reason}.</p>
      <div className="mt-3 flex flex-wrap gap-3">
        {lesson && (
          <Link
            id="next-action"
            href={`/learn/${lesson.id}`}
            className="inline-block rounded-md bg-orange-700 px-4 py-2 text-white hover:bg-orange-800"
          >
            Read “{lesson.title}”
          </Link>
        )}
        {next.exercise && (
          <Link
            id={lesson ? undefined : "next-action"}
            href={`/exercises/${next.exercise.id}`}
            className={
              lesson
                ? cx(
                    "inline-block rounded-md border border-slate-300 px-4 py-2 hover:bg-slate-100",
                    "dark:border-slate-600 dark:hover:bg-slate-800",
                  )
                : "inline-block rounded-md bg-orange-700 px-4 py-2 text-white hover:bg-orange-800"
            }
          >
            {lesson ? "Or try" : "Try"} “{next.exercise.title}” ({next.exercise.difficulty})
          </Link>
        )}
      </div>
    </section>
  );
}
