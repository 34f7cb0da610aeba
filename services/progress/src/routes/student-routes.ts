import { userOf, type App } from "@emberlearn/platform";
import { progressMe, progressMomentum, progressSettings, progressTimeline } from "@emberlearn/contracts/http";
import type { StudentProgress } from "../service/student-progress.ts";

export function studentRoutes(app: App, progress: StudentProgress) {
  app.get(
    "/api/progress/me",
    {
      schema: {
        tags: ["student"],
        summary: "My mastery per module and overall, streak and what to do next",
        response: { 200: progressMe.response },
      },
    },
    async (req) => progress.report(userOf(req).id),
  );

  app.get(
    "/api/progress/me/submissions/:submissionId",
    {
      schema: {
        tags: ["student"],
        summary:
          "After one of my submissions is graded: the module's mastery before and after it, and what to do next " +
          "(counted: false until the grade has reached progress; ask again a moment later)",
        params: progressMomentum.params,
        response: { 200: progressMomentum.response },
      },
    },
    async (req) => progress.afterSubmission(userOf(req).id, req.params.submissionId),
  );

  app.get(
    "/api/progress/me/timeline",
    {
      schema: {
        tags: ["student"],
        summary: "Overall mastery at the end of each active day",
        response: { 200: progressTimeline.response },
      },
    },
    async (req) => progress.timeline(userOf(req).id),
  );

  app.put(
    "/api/progress/me/settings",
    {
      schema: {
        tags: ["student"],
        summary: "Set my time zone (streaks count my local days)",
        body: progressSettings.body,
        response: { 200: progressSettings.response },
      },
    },
    async (req) => progress.setTimeZone(userOf(req).id, req.body.timeZone),
  );
}
