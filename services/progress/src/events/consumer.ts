import { randomUUID } from "node:crypto";
import type { CloudEvent } from "@emberlearn/contracts";
import {
  createEvent,
  enqueueEvents,
  handleOnce,
  type Db,
  type MessagingTables,
  type OutboxRelay,
} from "@emberlearn/platform";
import { activityFromEvent } from "../domain/from-event.ts";
import { detectStruggles, type Thresholds } from "../domain/struggle.ts";
import { insertAlertIfNoneOpen, listActivities, recordActivity } from "../repository/progress-repository.ts";

export const CONSUMER_GROUP = "progress";

/**
 * Handles one learning event exactly once: records the activity, runs struggle
 * detection over the student's history, and raises at most one open alert per
 * trigger — all in one transaction with the inbox entry.
 */
export function createActivityHandler(deps: {
  db: Db;
  tables: MessagingTables;
  relay: OutboxRelay;
  thresholds: Thresholds;
}) {
  return async (event: CloudEvent) => {
    const activity = activityFromEvent(event);
    if (!activity) return;
    const raised = await handleOnce(deps.db, deps.tables, CONSUMER_GROUP, event, async (tx) => {
      await recordActivity(tx, event.subject, activity);
      const history = await listActivities(tx, event.subject);
      for (const d of detectStruggles(history, activity, deps.thresholds)) {
        const alertId = randomUUID();
        const evidence = d.evidence.map(({ id, time, kind, ...data }) => ({
          id,
          type: kind,
          time,
          data: data as Record<string, unknown>,
        }));
        const inserted = await insertAlertIfNoneOpen(tx, {
          id: alertId,
          studentId: event.subject,
          trigger: d.trigger,
          moduleId: d.moduleId,
          summary: d.summary,
          evidence,
          createdAt: event.time,
        });
        if (inserted) {
          await enqueueEvents(tx, deps.tables, [
            createEvent(
              "struggle.detected",
              {
                alertId,
                studentId: event.subject,
                moduleId: d.moduleId,
                trigger: d.trigger,
                summary: d.summary,
                evidence,
              },
              "progress",
            ),
          ]);
        }
      }
    });
    if (raised) deps.relay.poke();
  };
}
