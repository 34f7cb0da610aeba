import { progressTutor } from "@emberlearn/contracts/http";
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
        body: progressTutor.body,
        response: { 200: progressTutor.response },
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
      const context =
        `Overall ${report.overall.mastery}/100. Modules: ` +
        `${report.modules.map((m) => `${m.title} ${m.mastery}`).join(", ")}. Streak ${report.streak.current} ` +
        "days. Next: " +
        `${report.next?.reason ?? "none"}${report.next?.exercise ? `, exercise ${report.next.exercise.title}` : ""}.`;
      return { agent: "progress" as const, offline: describeProgress(report), context };
    },
  );
}
