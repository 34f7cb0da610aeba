"use client";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

// Mastery at the end of each active day: overall, or one module's when the page is filtered.

export function MasteryOverTime({ points, series }: { points: { day: string; value: number }[]; series: string }) {
  if (points.length === 0) return <p className="text-sm">No activity yet, so nothing to chart.</p>;
  const first = points[0];
  const last = points[points.length - 1];
  return (
    <figure>
      <div
        className="h-56"
        role="img"
        aria-label={`${series} mastery from ${first.value} on ${first.day} to ${last.value} on ${last.day}`}
      >
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" opacity={0.4} />
            <XAxis dataKey="day" fontSize={12} />
            <YAxis domain={[0, 100]} fontSize={12} />
            <Tooltip />
            <Legend />
            <Line type="monotone" dataKey="value" name={series} stroke="#c2410c" strokeWidth={2} dot />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="sr-only">
        {series} mastery by day: {points.map((p) => `${p.day}: ${p.value}`).join(", ")}
      </figcaption>
    </figure>
  );
}
