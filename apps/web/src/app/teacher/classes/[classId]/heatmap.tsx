"use client";
import { useMemo, useState } from "react";
import Link from "next/link";
import { levelClass } from "@/components/ui/states";
import type { ApiResponse } from "@/lib/api-routes";
import { cx } from "@/lib/cx";

// The class at a glance: one row per student, one cell per module. A cell shows the mastery and
// its level in words (colour is never the only signal); "not started" is its own hatched cell,
// not a red 0. Sort by name, overall or any module; a cell opens the student in that module.

export type OverviewStudent = ApiResponse<"GET /api/progress/classes/:classId/overview">["students"][number];

const LEGEND = [
  { colour: "red", label: "Beginner", range: "0–40" },
  { colour: "yellow", label: "Learning", range: "41–70" },
  { colour: "green", label: "Proficient", range: "71–90" },
  { colour: "blue", label: "Mastered", range: "91–100" },
];
const NOT_STARTED = "border-dashed border-slate-400 bg-hatched text-slate-700 dark:text-slate-300";

export function Heatmap({
  modules,
  students,
}: {
  modules: { id: string; title: string }[];
  students: OverviewStudent[];
}) {
  const [sort, setSort] = useState("name");
  const [descending, setDescending] = useState(false);
  const rows = useMemo(() => {
    const key = (s: OverviewStudent): string | number => {
      if (sort === "name") return s.name.toLocaleLowerCase();
      if (sort === "overall") return s.overall;
      if (sort === "alerts") return s.openAlerts;
      const cell = s.modules.find((m) => m.moduleId === sort);
      return cell?.started ? cell.mastery : -1; // not started sorts below a 0
    };
    const sorted = [...students].sort((a, b) => {
      const x = key(a);
      const y = key(b);
      return x < y ? -1 : x > y ? 1 : a.name.localeCompare(b.name);
    });
    return descending ? sorted.reverse() : sorted;
  }, [students, sort, descending]);

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="heatmap-sort" className="block text-sm font-medium">
            Sort students by
          </label>
          <select
            id="heatmap-sort"
            value={sort}
            onChange={(e) => setSort(e.target.value)}
            className={cx(
              "mt-1 rounded-md border border-slate-300 bg-white px-2 py-1",
              "dark:border-slate-600 dark:bg-slate-900",
            )}
          >
            <option value="name">Name</option>
            <option value="overall">Overall mastery</option>
            <option value="alerts">Open alerts</option>
            {modules.map((m) => (
              <option key={m.id} value={m.id}>
                Module: {m.title}
              </option>
            ))}
          </select>
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={descending} onChange={(e) => setDescending(e.target.checked)} />
          Highest first
        </label>
        <ul className="flex flex-wrap gap-2 text-xs" aria-label="Legend" data-testid="heatmap-legend">
          {LEGEND.map((l) => (
            <li key={l.colour} className={`rounded border px-2 py-1 ${levelClass(l.colour)}`}>
              {l.label} {l.range}
            </li>
          ))}
          <li className={`rounded border px-2 py-1 ${NOT_STARTED}`}>Not started (no activity yet)</li>
        </ul>
      </div>
      <div className="overflow-x-auto">
        <table className="min-w-[640px] border-collapse text-sm" data-testid="heatmap">
          <caption className="sr-only">
            Each student's mastery per module (0–100); a cell opens the student's work in that module
          </caption>
          <thead>
            <tr>
              <th scope="col" className="p-2 text-left">
                Student
              </th>
              {modules.map((m) => (
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
            {rows.map((s) => (
              <tr key={s.id} className="border-t border-slate-200 dark:border-slate-800" data-student={s.name}>
                <th scope="row" className="p-2 text-left font-medium">
                  <Link className="underline" href={`/teacher/students/${s.id}`}>
                    {s.name}
                  </Link>
                </th>
                {s.modules.map((m) => {
                  const title = modules.find((x) => x.id === m.moduleId)?.title ?? m.moduleId;
                  return (
                    <td key={m.moduleId} className="p-1">
                      <Link
                        href={`/teacher/students/${s.id}?module=${encodeURIComponent(m.moduleId)}`}
                        className={cx(
                          "block rounded border px-2 py-1 text-center font-semibold hover:ring-2 hover:ring-orange-500",
                          m.started ? levelClass(m.colour) : NOT_STARTED,
                        )}
                        data-module={m.moduleId}
                        data-started={m.started}
                      >
                        <span className="sr-only">
                          {s.name}, {title}:{" "}
                        </span>
                        {m.started ? m.mastery : <span aria-hidden="true">—</span>}
                        <span className="block text-[10px] font-normal">{m.started ? m.level : "not started"}</span>
                      </Link>
                    </td>
                  );
                })}
                <td className="p-2 text-center font-bold">{s.overall}</td>
                <td className="p-2 text-center">{s.openAlerts > 0 ? `⚠ ${s.openAlerts}` : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
