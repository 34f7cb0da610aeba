import { type ApiError, request } from "@/server/api";
import type { ClassInfo } from "@/server/types";
import { ErrorState } from "@/components/ui/states";
import { LiveAlerts, type Alert } from "@/components/teacher/live-alerts";

export const metadata = { title: "Alerts" };

export default async function AlertsPage() {
  let alerts: Alert[], classes: ClassInfo[];
  try {
    [{ alerts }, { classes }] = await Promise.all([
      request("GET /api/progress/alerts", { query: { status: "open" } }),
      request("GET /api/auth/classes"),
    ]);
  } catch (err) {
    return <ErrorState title="Alerts could not be loaded" message={(err as ApiError).message} />;
  }
  const names = Object.fromEntries(classes.flatMap((c) => c.students.map((s) => [s.id, s.name])));
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Alerts</h1>
      <LiveAlerts initial={alerts} names={names} />
    </div>
  );
}
