import Link from "next/link";
import { type ApiError, request } from "@/server/api";
import type { ExerciseSummary } from "@/server/types";
import { EmptyState, ErrorState } from "@/components/ui/states";
import { LiveAlerts, type Alert } from "@/components/teacher/live-alerts";
import type { ApiResponse } from "@/lib/api-routes";
import { Heatmap } from "./heatmap";
import { AssignmentsPanel, type AssignmentStatus } from "./assignments-panel";

type Overview = ApiResponse<"GET /api/progress/classes/:classId/overview">;

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  let overview: Overview, alerts: Alert[], exercises: ExerciseSummary[], statuses: AssignmentStatus[];
  try {
    const [o, a, e, list] = await Promise.all([
      request("GET /api/progress/classes/:classId/overview", { params: { classId } }),
      request("GET /api/progress/alerts", { query: { status: "open" } }),
      request("GET /api/exercise/exercises"),
      request("GET /api/exercise/assignments"),
    ]);
    overview = o;
    alerts = a.alerts;
    exercises = e.exercises;
    statuses = await Promise.all(
      list.assignments
        .filter((x) => x.classId === classId)
        .map((x) => request("GET /api/exercise/assignments/:assignmentId/status", { params: { assignmentId: x.id } })),
    );
  } catch (err) {
    return <ErrorState title="This class could not be loaded" message={(err as ApiError).message} />;
  }
  const names = Object.fromEntries(overview.students.map((s) => [s.id, s.name]));
  return (
    <div className="space-y-8">
      <p className="text-sm">
        <Link href="/teacher" className="underline">
          Classes
        </Link>
      </p>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold">{overview.name}</h1>
        <a
          className="rounded-md border border-slate-400 px-3 py-1 text-sm hover:bg-white dark:hover:bg-slate-800"
          href={`/teacher/classes/${classId}/gradebook.csv`}
          download
        >
          Download gradebook (CSV)
        </a>
      </div>
      <section aria-labelledby="heatmap-title">
        <h2 id="heatmap-title" className="mb-2 text-lg font-semibold">
          Mastery heatmap
        </h2>
        {overview.students.length === 0 ? (
          <EmptyState message="No students yet. Share the class join code." />
        ) : (
          <Heatmap modules={overview.modules} students={overview.students} />
        )}
      </section>
      <LiveAlerts initial={alerts.filter((a) => a.studentId in names)} names={names} />
      <section aria-labelledby="assignments-title">
        <h2 id="assignments-title" className="mb-2 text-lg font-semibold">
          Assignments
        </h2>
        <AssignmentsPanel
          classId={classId}
          exercises={exercises.map((x) => ({ id: x.id, title: x.title, module: x.module }))}
          assignments={statuses}
        />
      </section>
    </div>
  );
}
