import type { CloudEvent } from "@emberlearn/contracts";
import { handleOnce, type Db, type MessagingTables, type OutboxRelay } from "@emberlearn/platform";
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
export function createActivityHandler(deps: {
  db: Db;
  tables: MessagingTables;
  relay: OutboxRelay;
  thresholds: Thresholds;
  catalog: ModuleCatalog[];
}) {
  return async (event: CloudEvent) => {
    const activity = activityFromEvent(event);
    if (!activity) return;
    let changed = false;
    await handleOnce(deps.db, deps.tables, CONSUMER_GROUP, event, async (tx) => {
      const studentId = event.subject;
      await recordActivity(tx, studentId, activity);
      if (await resolveCleared(tx, deps.tables, studentId, activity, deps.thresholds.quizBelow)) changed = true;
      const history = await listActivities(tx, studentId);
      const opts = {
        since: await lastResolvedByTrigger(tx, studentId),
        titleOf: exerciseTitles(deps.catalog, history),
      };
      for (const detection of detectStruggles(history, activity, deps.thresholds, opts))
        if (await raiseAlert(tx, deps.tables, { studentId, detection, catalog: deps.catalog, history, at: event.time }))
          changed = true;
    });
    if (changed) deps.relay.poke();
  };
}
