import { z } from "zod";
import { userOf, type App } from "@emberlearn/platform";
import { buildReport } from "../domain/report.ts";
import { describeProgress } from "../domain/progress-talk.ts";
import { findTimeZone, listActivities } from "../repository/progress-repository.ts";
import type { ProgressDeps } from "../app.ts";

export function tutorRoutes(app: App, deps: ProgressDeps) {
  app.post(
    "/api/progress/tutor",
    {
      schema: {
        tags: ["tutor"],
        summary: "The progress tutor's offline answer and model context",
        body: z.object({ message: z.string().max(4000) }).passthrough(),
        response: { 200: z.object({ agent: z.literal("progress"), offline: z.string(), context: z.string() }) },
      },
    },
    async (req) => {
      const me = userOf(req).id;
      const report = buildReport(
        me,
        deps.catalog,
        await listActivities(deps.db, me),
        await findTimeZone(deps.db, me),
        deps.now(),
      );
      const context = `Overall ${report.overall.mastery}/100. Modules: ${report.modules.map((m) => `${m.title} ${m.mastery}`).join(", ")}. Streak ${report.streak.current} days. Next: ${report.next?.reason ?? "none"}${report.next?.exercise ? `, exercise ${report.next.exercise.title}` : ""}.`;
      return { agent: "progress" as const, offline: describeProgress(report), context };
    },
  );
}
