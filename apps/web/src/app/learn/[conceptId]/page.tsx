import Link from "next/link";
import { api, ApiError } from "@/server/api";
import type { ConceptDetail } from "@/server/types";
import { ErrorState } from "@/components/ui/states";
import { Markdown } from "@/components/markdown";
import { LearnWorkspace } from "./learn-workspace";

const DEPTHS = [
  ["simple", "Simple"],
  ["standard", "Standard"],
  ["deep", "Deep dive"],
] as const;

export default async function ConceptPage({
  params,
  searchParams,
}: {
  params: Promise<{ conceptId: string }>;
  searchParams: Promise<{ depth?: string }>;
}) {
  const { conceptId } = await params;
  const { depth } = await searchParams;
  let concept: ConceptDetail;
  try {
    concept = await api<ConceptDetail>(
      `/api/concepts/concepts/${encodeURIComponent(conceptId)}${depth ? `?depth=${encodeURIComponent(depth)}` : ""}`,
    );
  } catch (err) {
    return <ErrorState title="This concept could not be loaded" message={(err as ApiError).message} />;
  }
  return (
    <div className="grid gap-6 lg:grid-cols-5">
      <article className="lg:col-span-2">
        <p className="text-sm">
          <Link href="/learn" className="underline">
            Learn
          </Link>{" "}
          / {concept.module}
        </p>
        <h1 className="mt-1 text-3xl font-bold">{concept.title}</h1>
        <p className="mt-2 text-slate-700 dark:text-slate-300">{concept.summary}</p>
        <nav aria-label="Explanation depth" className="mt-4 flex gap-2 text-sm">
          {DEPTHS.map(([d, label]) => (
            <Link
              key={d}
              href={`/learn/${concept.id}?depth=${d}`}
              aria-current={concept.depth === d ? "true" : undefined}
              className={`rounded-full border px-3 py-1 ${concept.depth === d ? "border-orange-600 bg-orange-100 dark:bg-orange-900" : "border-slate-300 dark:border-slate-600"}`}
            >
              {label}
            </Link>
          ))}
        </nav>
        {concept.chosenBy === "mastery" && (
          <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
            Chosen for your current mastery of this module.
          </p>
        )}
        <div className="mt-4">
          <Markdown text={concept.explanation} />
        </div>
      </article>
      <div className="lg:col-span-3">
        <LearnWorkspace example={concept.example} moduleId={concept.module} />
      </div>
    </div>
  );
}
