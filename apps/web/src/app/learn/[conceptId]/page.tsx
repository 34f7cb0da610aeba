import Link from "next/link";
import { type ApiError, request } from "@/server/api";
import { findDraft } from "@/server/drafts";
import type { ConceptDetail } from "@/server/types";
import { ErrorState } from "@/components/ui/states";
import { Markdown } from "@/components/markdown";
import { lessonsInOrder } from "@/lib/course-order";
import { LearnWorkspace } from "./learn-workspace";
import { cx } from "@/lib/cx";

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
  const draft = findDraft({ kind: "concept", id: conceptId });
  const course = Promise.all([request("GET /api/exercise/modules"), request("GET /api/concepts/concepts")]).catch(
    () => null,
  );
  let concept: ConceptDetail;
  try {
    // a depth the page does not offer is left out: the student's mastery chooses
    const asked = DEPTHS.find(([d]) => d === depth)?.[0];
    concept = await request("GET /api/concepts/concepts/:conceptId", {
      params: { conceptId },
      query: { depth: asked },
    });
  } catch (err) {
    return <ErrorState title="This concept could not be loaded" message={(err as ApiError).message} />;
  }
  const loaded = await course;
  const lessons = loaded ? lessonsInOrder(loaded[0].modules, loaded[1].concepts) : [];
  const at = lessons.findIndex((c) => c.id === concept.id);
  const prev = at > 0 ? lessons[at - 1] : undefined;
  const next = at >= 0 ? lessons[at + 1] : undefined;
  const moduleTitle = loaded?.[0].modules.find((m) => m.id === concept.module)?.title ?? concept.module;
  return (
    <div className="space-y-6">
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <article className="min-w-0">
          <p className="text-sm">
            <Link prefetch={false} href="/learn" className="underline">
              Learn
            </Link>{" "}
            / {moduleTitle}
            {at >= 0 && ` · lesson ${at + 1} of ${lessons.length}`}
          </p>
          <h1 className="mt-1 text-3xl font-bold">{concept.title}</h1>
          <p className="mt-2 text-slate-700 dark:text-slate-300">{concept.summary}</p>
          <nav aria-label="Explanation depth" className="mt-4 flex flex-wrap gap-2 text-sm">
            {DEPTHS.map(([d, label]) => (
              <Link
                prefetch={false}
                key={d}
                href={`/learn/${concept.id}?depth=${d}`}
                aria-current={concept.depth === d ? "true" : undefined}
                className={cx(
                  "rounded-full border px-3 py-1",
                  concept.depth === d
                    ? "border-orange-600 bg-orange-100 dark:bg-orange-900"
                    : "border-slate-300 dark:border-slate-600",
                )}
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
        <div className="min-w-0">
          <LearnWorkspace
            example={concept.example}
            moduleId={concept.module}
            conceptId={concept.id}
            draft={await draft}
          />
        </div>
      </div>
      <nav
        aria-label="Lessons"
        className="flex flex-wrap justify-between gap-3 border-t border-slate-200 pt-4 dark:border-slate-800"
      >
        {prev ? (
          <Link
            prefetch={false}
            href={`/learn/${prev.id}`}
            rel="prev"
            className="rounded-md border border-slate-300 px-4 py-2 dark:border-slate-600"
            data-testid="prev-lesson"
          >
            ← Previous: {prev.title}
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link
            prefetch={false}
            href={`/learn/${next.id}`}
            rel="next"
            className="rounded-md bg-orange-700 px-4 py-2 text-white hover:bg-orange-800"
            data-testid="next-lesson"
          >
            Next: {next.title} →
          </Link>
        )}
      </nav>
    </div>
  );
}
