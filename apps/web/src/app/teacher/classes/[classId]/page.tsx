import Link from "next/link";
import { api, ApiError } from "@/server/api";
import { EmptyState, ErrorState, levelClass } from "@/components/ui/states";
import { LiveAlerts, type Alert } from "@/components/teacher/live-alerts";

interface Overview {
  classId: string;
  name: string;
  modules: { id: string; title: string }[];
  students: {
    id: string;
    name: string;
    email: string;
    overall: number;
    level: string;
    modules: { moduleId: string; mastery: number; colour: string }[];
    openAlerts: number;
  }[];
}

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  let overview: Overview, alerts: Alert[];
  try {
    [overview, { alerts }] = await Promise.all([
      api<Overview>(`/api/progress/classes/${encodeURIComponent(classId)}/overview`),
      api<{ alerts: Alert[] }>("/api/progress/alerts?status=open"),
    ]);
  } catch (err) {
    return <ErrorState title="This class could not be loaded" message={(err as ApiError).message} />;
  }
  const names = Object.fromEntries(overview.students.map((s) => [s.id, s.name]));
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/teacher" className="underline">
          Classes
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{overview.name}</h1>
      <section aria-labelledby="heatmap">
        <h2 id="heatmap" className="mb-2 text-lg font-semibold">
          Mastery heatmap
        </h2>
        {overview.students.length === 0 ? (
          <EmptyState message="No students yet. Share the class join code." />
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-[640px] border-collapse text-sm" data-testid="heatmap">
              <caption className="sr-only">Each student's mastery per module (0–100)</caption>
              <thead>
                <tr>
                  <th scope="col" className="p-2 text-left">
                    Student
                  </th>
                  {overview.modules.map((m) => (
                    <th key={m.id} scope="col" className="p-2 text-left">
                      {m.title}
                    </th>
                  ))}
                  <th scope="col" className="p-2">
                    Overall
                  </th>
                  <th scope="col" className="p-2">
                    Alerts
                  </th>
                </tr>
              </thead>
              <tbody>
                {overview.students.map((s) => (
                  <tr key={s.id} className="border-t border-slate-200 dark:border-slate-800">
                    <th scope="row" className="p-2 text-left font-medium">
                      <Link className="underline" href={`/teacher/students/${s.id}`}>
                        {s.name}
                      </Link>
                    </th>
                    {s.modules.map((m) => (
                      <td key={m.moduleId} className="p-1">
                        <span
                          className={`block rounded border px-2 py-1 text-center font-semibold ${levelClass(m.colour)}`}
                        >
                          {m.mastery}
                        </span>
                      </td>
                    ))}
                    <td className="p-2 text-center font-bold">{s.overall}</td>
                    <td className="p-2 text-center">{s.openAlerts > 0 ? `⚠ ${s.openAlerts}` : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <LiveAlerts initial={alerts.filter((a) => a.studentId in names)} names={names} />
    </div>
  );
}
