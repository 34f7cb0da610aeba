import Link from "next/link";
import { type ApiError, request } from "@/server/api";
import { doneMarks } from "@/server/done";
import type { ConceptSummary, Module } from "@/server/types";
import { EmptyState, ErrorState } from "@/components/ui/states";
import { SearchBox } from "@/components/search-box";
import { lessonsInOrder, matchesSearch } from "@/lib/course-order";
import { cx } from "@/lib/cx";

export const metadata = { title: "Learn" };

export default async function LearnPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const { q = "" } = await searchParams;
  let modules: Module[], concepts: ConceptSummary[];
  const done = doneMarks();
  try {
    [{ modules }, { concepts }] = await Promise.all([
      request("GET /api/exercise/modules"),
      request("GET /api/concepts/concepts"),
    ]);
  } catch (err) {
    return <ErrorState title="The course could not be loaded" message={(err as ApiError).message} />;
  }
  if (concepts.length === 0) return <EmptyState message="No concepts yet." />;
  const read = (await done).concepts;
  const lessons = lessonsInOrder(modules, concepts);
  const number = new Map(lessons.map((c, i) => [c.id, i + 1]));
  const shown = lessons.filter((c) => matchesSearch(q, c.title, c.summary, c.id.replace(/-/g, " ")));
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">Learn</h1>
        <SearchBox action="/learn" query={q} label="Search lessons" placeholder="Search lessons, e.g. loops" />
        {q && (
          <p role="status">
            {shown.length === 0
              ? `No lesson matches “${q}”.`
              : `${shown.length} lesson${shown.length === 1 ? "" : "s"} match “${q}”.`}{" "}
            <Link prefetch={false} href="/learn" className="underline">
              Show all
            </Link>
          </p>
        )}
      </div>
      {[...modules]
        .sort((a, b) => a.order - b.order)
        .filter((m) => shown.some((c) => c.module === m.id))
        .map((m) => (
          <section key={m.id} aria-labelledby={`m-${m.id}`}>
            <h2 id={`m-${m.id}`} className="mb-2 text-xl font-semibold">
              {m.order}. {m.title}
            </h2>
            <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
              {shown
                .filter((c) => c.module === m.id)
                .map((c) => (
                  <li key={c.id} data-concept={c.id} data-done={read.has(c.id)}>
                    <Link
                      prefetch={false}
                      href={`/learn/${c.id}`}
                      className={cx(
                        "block h-full rounded-md border border-slate-300 bg-white p-3 hover:border-orange-500",
                        "dark:border-slate-700 dark:bg-slate-900",
                      )}
                    >
                      <span className="flex items-baseline justify-between gap-2">
                        <span className="font-medium">
                          <span className="text-slate-600 dark:text-slate-400">{number.get(c.id)}.</span> {c.title}
                        </span>
                        {read.has(c.id) && (
                          <span className="shrink-0 text-sm text-green-800 dark:text-green-300">✓ Read</span>
                        )}
                      </span>
                      <span className="mt-1 block text-sm text-slate-600 dark:text-slate-400">{c.summary}</span>
                    </Link>
                  </li>
                ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
