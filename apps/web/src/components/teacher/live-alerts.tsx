"use client";
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { bffRequest, getStream } from "@/lib/client-api";
import { AlertCard, type Alert } from "./alert-card";
import { cx } from "@/lib/cx";

export type { Alert } from "./alert-card";

/** Open struggle alerts, updated live over SSE, with the evidence and a resolve action. */
export function LiveAlerts({ initial, names }: { initial: Alert[]; names: Record<string, string> }) {
  const [alerts, setAlerts] = useState(initial.filter((a) => a.status === "open"));
  const [live, setLive] = useState<"connecting" | "live" | "offline">("connecting");
  const router = useRouter();
  const namesRef = useRef(names);
  namesRef.current = names;

  useEffect(() => {
    const controller = new AbortController();
    let stopped = false;
    (async function connect() {
      while (!stopped) {
        try {
          setLive("live");
          await getStream(
            "alertStream",
            {
              onEvent: (e) => {
                if (e.event === "struggle.resolved") {
                  const { alertId } = e.data;
                  setAlerts((list) => list.filter((a) => a.id !== alertId));
                  return;
                }
                const data = e.data;
                // an alert about a student who joined after this page loaded: fetch their name
                if (!(data.studentId in namesRef.current)) router.refresh();
                setAlerts((list) => [
                  {
                    id: data.alertId,
                    studentId: data.studentId,
                    trigger: data.trigger,
                    moduleId: data.moduleId,
                    summary: data.summary,
                    evidence: data.evidence,
                    details: data.details ?? null,
                    status: "open",
                    createdAt: new Date().toISOString(),
                    resolvedAt: null,
                    resolvedBy: null,
                    resolution: null,
                  },
                  ...list.filter((a) => a.id !== data.alertId),
                ]);
              },
            },
            { signal: controller.signal },
          );
        } catch {
          if (stopped) return;
        }
        setLive("offline");
        await new Promise((r) => setTimeout(r, 3000));
      }
    })();
    return () => {
      stopped = true;
      controller.abort();
    };
  }, [router]);

  return (
    <section
      aria-labelledby="alerts-title"
      className="rounded-md border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
    >
      <h2 id="alerts-title" className="flex items-center gap-2 text-lg font-semibold">
        Struggle alerts{" "}
        <span
          className={cx(
            "rounded-full px-2 text-xs",
            live === "live"
              ? "bg-green-100 text-green-900 dark:bg-green-900 dark:text-green-100"
              : "bg-slate-200 dark:bg-slate-700",
          )}
        >
          {live === "live" ? "● live" : live}
        </span>
      </h2>
      <ul className="mt-3 space-y-3" aria-live="polite" data-testid="alerts">
        {alerts.length === 0 && (
          <li className="text-slate-600 dark:text-slate-400">No open alerts. Everyone is doing fine.</li>
        )}
        {alerts.map((a) => (
          <li key={a.id}>
            <AlertCard
              alert={a}
              studentName={names[a.studentId] ?? "A student"}
              action={
                <button
                  type="button"
                  className="rounded-md border border-slate-500 px-3 py-1 hover:bg-white dark:hover:bg-slate-800"
                  onClick={async () => {
                    await bffRequest("POST /api/progress/alerts/:alertId/resolve", { params: { alertId: a.id } });
                    setAlerts((list) => list.filter((x) => x.id !== a.id));
                  }}
                >
                  Mark resolved
                </button>
              }
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
