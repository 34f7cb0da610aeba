"use client";
import dynamic from "next/dynamic";
import { cx } from "@/lib/cx";

// The tutor panel sits below the editor: its code arrives right after the page is interactive
// (its own small chunk) instead of inside the page's first script, which keeps a phone's first
// load short. Until then the same frame is shown.
export const LazyTutorChat = dynamic(() => import("./tutor-chat").then((m) => m.TutorChat), {
  ssr: false,
  loading: () => (
    <section
      aria-label="Tutor chat"
      className={cx(
        "flex h-full flex-col rounded-md border border-slate-300 bg-white",
        "dark:border-slate-700 dark:bg-slate-900",
      )}
    >
      <h2 className="border-b border-slate-200 px-3 py-2 font-semibold dark:border-slate-700">Ask a tutor</h2>
      <p role="status" className="p-3 text-sm text-slate-600 dark:text-slate-400">
        Getting the tutor ready…
      </p>
    </section>
  ),
});
