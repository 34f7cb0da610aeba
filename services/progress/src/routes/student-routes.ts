import { userOf, ValidationError, type App } from "@emberlearn/platform";
import { buildReport, masteryTimeline } from "../domain/report.ts";
import { isValidTimeZone } from "../domain/streak.ts";
import { findTimeZone, listActivities, saveTimeZone } from "../repository/progress-repository.ts";
import type { ProgressDeps } from "../app.ts";
import { momentumAfter } from "../domain/momentum.ts";
import { progressMe, progressMomentum, progressSettings, progressTimeline } from "@emberlearn/contracts/http";

export function studentRoutes(app: App, deps: ProgressDeps) {
  app.get(
    "/api/progress/me",
    {
      schema: {
        tags: ["student"],
        summary: "My mastery per module and overall, streak and what to do next",
        response: { 200: progressMe.response },
      },
    },
    async (req) => {
      const me = userOf(req).id;
      return buildReport(
        me,
        deps.catalog,
        await listActivities(deps.db, me),
        await findTimeZone(deps.db, me),
        deps.now(),
      );
    },
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
    async (req) => {
      const found = momentumAfter(deps.catalog, await listActivities(deps.db, userOf(req).id), req.params.submissionId);
      return { counted: found !== undefined, momentum: found ?? null };
    },
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
    async (req) => {
      const me = userOf(req).id;
      return {
        points: masteryTimeline(deps.catalog, await listActivities(deps.db, me), await findTimeZone(deps.db, me)),
      };
    },
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
    async (req) => {
      if (!isValidTimeZone(req.body.timeZone))
        throw new ValidationError(
          `body.timeZone "${req.body.timeZone}" is not an IANA time zone such as Europe/Paris`,
          [{ field: "body.timeZone", message: "must be an IANA time zone such as Europe/Paris" }],
        );
      await saveTimeZone(deps.db, userOf(req).id, req.body.timeZone);
      return { timeZone: req.body.timeZone };
    },
  );
}
