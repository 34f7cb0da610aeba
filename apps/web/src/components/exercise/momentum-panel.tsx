"use client";
import { useEffect, useRef, useState } from "react";
import Link from "next/link";
import type { ApiResponse } from "@/lib/api-routes";
import { bffRequest } from "@/lib/client-api";
import { cx } from "@/lib/cx";

// After a graded submission: how the module's mastery moved because of it, and one link to the
// next exercise or lesson. Progress learns about the grade from an event a moment later, so the
// panel asks until the grade has been counted.

type Momentum = NonNullable<ApiResponse<"GET /api/progress/me/submissions/:submissionId">["momentum"]>;

export function MomentumPanel({ submissionId, passed }: { submissionId: string; passed: boolean }) {
  const [momentum, setMomentum] = useState<Momentum | null>(null);
  const [gaveUp, setGaveUp] = useState(false);
  const nextLink = useRef<HTMLAnchorElement>(null);

  useEffect(() => {
    let live = true;
    setMomentum(null);
    setGaveUp(false);
    (async () => {
      for (let i = 0; i < 25 && live; i++) {
        const r = await bffRequest("GET /api/progress/me/submissions/:submissionId", {
          params: { submissionId },
        }).catch(() => null);
        if (r?.counted && live) return setMomentum(r.momentum);
        await new Promise((ok) => setTimeout(ok, 400));
      }
      if (live) setGaveUp(true);
    })();
    return () => {
      live = false;
    };
  }, [submissionId]);

  if (!momentum)
    return gaveUp ? null : (
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        Updating your mastery…
      </p>
    );
  const delta = momentum.after - momentum.before;
  const next = momentum.next;
  return (
    <section
      aria-label="What this means for you"
      data-testid="momentum"
      className={cx(
        "flex flex-wrap items-center gap-4 rounded-md border border-slate-300 bg-white p-3",
        "dark:border-slate-700 dark:bg-slate-900",
      )}
    >
      <p data-testid="mastery-change" data-before={momentum.before} data-after={momentum.after}>
        {momentum.moduleTitle} mastery: <strong>{momentum.before}</strong> → <strong>{momentum.after}</strong>
        {delta > 0 ? ` (+${delta})` : delta === 0 ? " (no change)" : ` (${delta})`}
      </p>
      {passed && next && (
        <Link
          ref={nextLink}
          href={next.kind === "exercise" ? `/exercises/${next.id}` : `/learn/${next.id}`}
          className="rounded-md bg-orange-700 px-4 py-2 font-medium text-white hover:bg-orange-800"
          data-testid="next-step"
        >
          Next {next.kind === "exercise" ? "exercise" : "lesson"}: {next.title} →
        </Link>
      )}
      {passed && !next && <p>You have done every exercise. Brilliant!</p>}
    </section>
  );
}
