import type { CloudEvent } from "@emberlearn/contracts";
import type { Emitter } from "@emberlearn/platform";
import type { ModuleCatalog } from "../domain/activity.ts";
import { exerciseTitles } from "../domain/alert-details.ts";
import { activityFromEvent } from "../domain/from-event.ts";
import { detectStruggles, type Thresholds } from "../domain/struggle.ts";
import { lastResolvedByTrigger, listActivities, recordActivity } from "../repository/progress-repository.ts";
import { raiseAlert, resolveCleared } from "./raise-alert.ts";

export const CONSUMER_GROUP = "progress";

/**
 * Handles one learning event exactly once: records the activity, closes alerts the student has
 * cleared, runs struggle detection over the student's history, and raises at most one open alert
 * per trigger — all in one transaction with the inbox entry.
 */
export function createActivityHandler(deps: { events: Emitter; thresholds: Thresholds; catalog: ModuleCatalog[] }) {
  return async (event: CloudEvent) => {
    const activity = activityFromEvent(event);
    if (!activity) return;
    // what the handler emits is relayed once its transaction commits
    await deps.events.handleOnce(CONSUMER_GROUP, event, async (tx) => {
      const studentId = event.subject;
      await recordActivity(tx, studentId, activity);
      await resolveCleared(tx, deps.events, studentId, activity, deps.thresholds.quizBelow);
      const history = await listActivities(tx, studentId);
      const opts = {
        since: await lastResolvedByTrigger(tx, studentId),
        titleOf: exerciseTitles(deps.catalog, history),
      };
      for (const detection of detectStruggles(history, activity, deps.thresholds, opts))
        await raiseAlert(tx, deps.events, { studentId, detection, catalog: deps.catalog, history, at: event.time });
    });
  };
}
