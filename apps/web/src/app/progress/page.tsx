import { type ApiError, request } from "@/server/api";
import type { ProgressReport } from "@/server/types";
import { EmptyState, ErrorState, MasteryBadge } from "@/components/ui/states";
import { MasteryChart } from "./mastery-chart";

export const metadata = { title: "Progress" };

export default async function ProgressPage() {
  let report: ProgressReport, points: { day: string; mastery: number }[];
  try {
    [report, { points }] = await Promise.all([
      request("GET /api/progress/me"),
      request("GET /api/progress/me/timeline"),
    ]);
  } catch (err) {
    return <ErrorState title="Your progress could not be loaded" message={(err as ApiError).message} />;
  }
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Your progress</h1>
      <p>
        Overall{" "}
        <MasteryBadge
          mastery={report.overall.mastery}
          level={report.overall.level.name}
          colour={report.overall.level.colour}
        />{" "}
        · streak {report.streak.current} days (best {report.streak.longest})
      </p>
      <section
        aria-labelledby="chart"
        className="rounded-md border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
      >
        <h2 id="chart" className="mb-2 font-semibold">
          Overall mastery over time
        </h2>
        {points.length === 0 ? (
          <EmptyState
            message="Run some code or submit an exercise to see your progress here."
            action={{ href: "/learn", label: "Start learning" }}
          />
        ) : (
          <MasteryChart points={points} />
        )}
      </section>
      <section aria-labelledby="detail">
        <h2 id="detail" className="mb-2 font-semibold">
          What makes up each module's mastery
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full min-w-[560px] border-collapse text-sm">
            <thead>
              <tr className="text-left">
                <th className="p-2">Module</th>
                <th className="p-2">Mastery</th>
                <th className="p-2">Exercises (40%)</th>
                <th className="p-2">Quiz (30%)</th>
                <th className="p-2">Code quality (20%)</th>
                <th className="p-2">Consistency (10%)</th>
              </tr>
            </thead>
            <tbody>
              {report.modules.map((m) => (
                <tr key={m.moduleId} className="border-t border-slate-200 dark:border-slate-800">
                  <th scope="row" className="p-2 text-left font-medium">
                    {m.title}
                  </th>
                  <td className="p-2">
                    <MasteryBadge mastery={m.mastery} level={m.level.name} colour={m.level.colour} />
                  </td>
                  {m.components.map((c) => (
                    <td key={c.name} className="p-2" title={c.reasons.map((r) => r.text).join("\n")}>
                      {c.value}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
