"use client";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export function MasteryChart({ points }: { points: { day: string; mastery: number }[] }) {
  const first = points[0];
  const last = points[points.length - 1];
  return (
    <figure>
      <div
        className="h-64"
        role="img"
        aria-label={`Overall mastery from ${first.mastery} on ${first.day} to ${last.mastery} on ${last.day}`}
      >
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" opacity={0.4} />
            <XAxis dataKey="day" fontSize={12} />
            <YAxis domain={[0, 100]} fontSize={12} />
            <Tooltip />
            <Line type="monotone" dataKey="mastery" stroke="#c2410c" strokeWidth={2} dot />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="sr-only">
        Mastery by day: {points.map((p) => `${p.day}: ${p.mastery}`).join(", ")}
      </figcaption>
    </figure>
  );
}
