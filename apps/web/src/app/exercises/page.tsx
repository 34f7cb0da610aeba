import Link from "next/link";
import { type ApiError, request } from "@/server/api";
import type { ExerciseSummary, Module } from "@/server/types";
import { EmptyState, ErrorState } from "@/components/ui/states";
import { SearchBox } from "@/components/search-box";
import { exercisesInOrder, matchesSearch } from "@/lib/course-order";
import { cx } from "@/lib/cx";

export const metadata = { title: "Exercises" };

const DIFFICULTIES = ["easy", "medium", "hard"] as const;

export default async function ExercisesPage({
  searchParams,
}: {
  searchParams: Promise<{ module?: string; difficulty?: string; q?: string }>;
}) {
  const { module, difficulty, q = "" } = await searchParams;
  // the URL's text goes as it is: the service answers another difficulty with a 400 that names it
  const query = { module: module || undefined, difficulty: (difficulty || undefined) as ExerciseSummary["difficulty"] };
  let modules: Module[], exercises: ExerciseSummary[];
  try {
    [{ modules }, { exercises }] = await Promise.all([
      request("GET /api/exercise/modules"),
      request("GET /api/exercise/exercises", { query }),
    ]);
  } catch (err) {
    return <ErrorState title="Exercises could not be loaded" message={(err as ApiError).message} />;
  }
  const shown = exercisesInOrder(modules, exercises).filter((e) =>
    matchesSearch(q, e.title, e.tags.join(" "), e.module, modules.find((m) => m.id === e.module)?.title),
  );
  const moduleTitle = (id: string) => modules.find((m) => m.id === id)?.title ?? id;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Exercises</h1>
      <SearchBox
        action="/exercises"
        query={q}
        label="Search exercises"
        placeholder="Search exercises, e.g. dictionary"
        hidden={{ module, difficulty }}
      />
      <form className="flex flex-wrap items-end gap-3" aria-label="Filter exercises">
        <div>
          <label htmlFor="module" className="block text-sm font-medium">
            Module
          </label>
          <select
            id="module"
            name="module"
            defaultValue={module ?? ""}
            className={cx(
              "mt-1 rounded-md border border-slate-300 bg-white px-2 py-1",
              "dark:border-slate-600 dark:bg-slate-900",
            )}
          >
            <option value="">All modules</option>
            {modules.map((m) => (
              <option key={m.id} value={m.id}>
                {m.title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="difficulty" className="block text-sm font-medium">
            Difficulty
          </label>
          <select
            id="difficulty"
            name="difficulty"
            defaultValue={difficulty ?? ""}
            className={cx(
              "mt-1 rounded-md border border-slate-300 bg-white px-2 py-1",
              "dark:border-slate-600 dark:bg-slate-900",
            )}
          >
            <option value="">Any</option>
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="rounded-md bg-slate-800 px-3 py-1.5 text-white dark:bg-slate-200 dark:text-slate-900"
        >
          Filter
        </button>
        {q && <input type="hidden" name="q" value={q} />}
      </form>
      {q && (
        <p role="status">
          {shown.length} exercise{shown.length === 1 ? "" : "s"} match “{q}”.{" "}
          <Link prefetch={false} href="/exercises" className="underline">
            Show all
          </Link>
        </p>
      )}
      {shown.length === 0 ? (
        <EmptyState
          message="No exercises match this search or filter."
          action={{ href: "/exercises", label: "Show all" }}
        />
      ) : (
        <div className="space-y-6">
          {[...new Set(shown.map((e) => e.module))].map((mod) => (
            <section key={mod} aria-labelledby={`ex-${mod}`}>
              <h2 id={`ex-${mod}`} className="mb-2 text-xl font-semibold">
                {moduleTitle(mod)}
              </h2>
              <ul
                className={cx(
                  "divide-y divide-slate-200 rounded-md border border-slate-300 bg-white",
                  "dark:divide-slate-800 dark:border-slate-700 dark:bg-slate-900",
                )}
              >
                {shown
                  .filter((e) => e.module === mod)
                  .map((e) => (
                    <li
                      key={e.id}
                      className="flex flex-wrap items-center gap-3 p-3"
                      data-exercise={e.id}
                      data-done={e.bestScore === 100}
                    >
                      <Link
                        prefetch={false}
                        href={`/exercises/${e.id}`}
                        className="font-medium underline-offset-2 hover:underline"
                      >
                        {e.title}
                      </Link>
                      <span className="rounded-full bg-slate-100 px-2 text-xs dark:bg-slate-800">{e.difficulty}</span>
                      <span className="ml-auto text-sm">
                        {e.bestScore === null ? (
                          "Not tried"
                        ) : e.bestScore === 100 ? (
                          <span className="text-green-800 dark:text-green-300">✓ Solved</span>
                        ) : (
                          `Best ${e.bestScore}%`
                        )}
                      </span>
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </div>
  );
}
