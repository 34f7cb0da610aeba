"use client";
import type { DraftStatus } from "./use-draft";

const time = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
const day = (iso: string) => new Date(iso).toLocaleString([], { weekday: "short", hour: "2-digit", minute: "2-digit" });

/** One line above the editor: your work was restored / is saved / could not be saved. */
export function DraftNote({
  enabled,
  status,
  savedAt,
  restoredAt,
  onStartOver,
}: {
  enabled: boolean;
  status: DraftStatus;
  savedAt: string | null;
  restoredAt: string | null;
  onStartOver(): void;
}) {
  if (!enabled) return null;
  const words: Record<DraftStatus, string> = {
    unchanged: restoredAt ? `Your saved work from ${day(restoredAt)} is back.` : "Your work is saved as you type.",
    pending: "Changes not saved yet…",
    saving: "Saving…",
    saved: `Saved ✓ ${savedAt ? time(savedAt) : ""}`,
    failed: "Not saved: EmberLearn cannot be reached. Trying again…",
    "too-long": "This code is too long to save automatically (64 KB at most).",
  };
  const warn = status === "failed" || status === "too-long";
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <p
        role="status"
        data-testid="draft-status"
        data-status={status}
        className={warn ? "font-medium text-red-700 dark:text-red-300" : "text-slate-600 dark:text-slate-400"}
      >
        {words[status]}
      </p>
      {(restoredAt || status !== "unchanged") && (
        <button
          type="button"
          onClick={() => {
            if (window.confirm("Start over from the starter code? Your saved work on this page is removed."))
              onStartOver();
          }}
          className="text-sm text-orange-800 underline dark:text-orange-300"
        >
          Start over
        </button>
      )}
    </div>
  );
}
