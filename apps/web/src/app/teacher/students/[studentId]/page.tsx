import Link from "next/link";
import { api, ApiError } from "@/server/api";
import type { ProgressReport } from "@/server/types";
import { ErrorState, MasteryBadge, levelClass } from "@/components/ui/states";

interface StudentView {
  report: ProgressReport;
  recent: {
    id: string;
    kind: string;
    time: string;
    moduleId?: string;
    status?: string;
    errorType?: string | null;
    score?: number;
    exerciseId?: string;
  }[];
  alerts: { id: string; trigger: string; summary: string; status: string; createdAt: string }[];
}

export default async function StudentPage({ params }: { params: Promise<{ studentId: string }> }) {
  const { studentId } = await params;
  let view: StudentView;
  try {
    view = await api<StudentView>(`/api/progress/students/${encodeURIComponent(studentId)}`);
  } catch (err) {
    return <ErrorState title="This student could not be loaded" message={(err as ApiError).message} />;
  }
  const { report } = view;
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/teacher" className="underline">
          Classes
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Student progress</h1>
      <p>
        Overall{" "}
        <MasteryBadge
          mastery={report.overall.mastery}
          level={report.overall.level.name}
          colour={report.overall.level.colour}
        />{" "}
        · streak {report.streak.current} days
      </p>
      <ul className="grid gap-2 sm:grid-cols-4">
        {report.modules.map((m) => (
          <li key={m.moduleId} className={`rounded-md border p-2 ${levelClass(m.level.colour)}`}>
            <p className="text-sm font-medium">{m.title}</p>
            <p className="text-xl font-bold">{m.mastery}</p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="recent">
        <h2 id="recent" className="mb-2 text-lg font-semibold">
          Recent runs and submissions
        </h2>
        <ul className="space-y-1 text-sm">
          {view.recent.length === 0 && <li>No activity yet.</li>}
          {view.recent.map((a) => (
            <li key={a.id}>
              {new Date(a.time).toLocaleString()} — {a.kind}
              {a.exerciseId ? ` on ${a.exerciseId}` : ""}
              {a.status ? `: ${a.status}` : ""}
              {a.errorType ? ` (${a.errorType})` : ""}
              {typeof a.score === "number" ? ` score ${a.score}` : ""}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="alerts">
        <h2 id="alerts" className="mb-2 text-lg font-semibold">
          Alerts
        </h2>
        <ul className="space-y-1 text-sm">
          {view.alerts.length === 0 && <li>No alerts.</li>}
          {view.alerts.map((a) => (
            <li key={a.id}>
              {new Date(a.createdAt).toLocaleString()} — <strong>{a.trigger}</strong> ({a.status}): {a.summary}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
