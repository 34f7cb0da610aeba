import Link from "next/link";
import { api, ApiError } from "@/server/api";
import type { ConceptSummary, Module } from "@/server/types";
import { EmptyState, ErrorState } from "@/components/ui/states";

export const metadata = { title: "Learn" };

export default async function LearnPage() {
  let modules: Module[], concepts: ConceptSummary[];
  try {
    [{ modules }, { concepts }] = await Promise.all([
      api<{ modules: Module[] }>("/api/exercise/modules"),
      api<{ concepts: ConceptSummary[] }>("/api/concepts/concepts"),
    ]);
  } catch (err) {
    return <ErrorState title="The course could not be loaded" message={(err as ApiError).message} />;
  }
  if (concepts.length === 0) return <EmptyState message="No concepts yet." />;
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">Learn</h1>
      {[...modules]
        .sort((a, b) => a.order - b.order)
        .map((m) => (
          <section key={m.id} aria-labelledby={`m-${m.id}`}>
            <h2 id={`m-${m.id}`} className="mb-2 text-xl font-semibold">
              {m.order}. {m.title}
            </h2>
            <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
              {concepts
                .filter((c) => c.module === m.id)
                .sort((a, b) => a.order - b.order)
                .map((c) => (
                  <li key={c.id}>
                    <Link
                      href={`/learn/${c.id}`}
                      className="block h-full rounded-md border border-slate-300 bg-white p-3 hover:border-orange-500 dark:border-slate-700 dark:bg-slate-900"
                    >
                      <span className="font-medium">{c.title}</span>
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
