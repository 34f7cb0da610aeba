import { randomUUID } from "node:crypto";
import { gt } from "drizzle-orm";
import {
  createEvent,
  enqueueEvents,
  type Db,
  type Logger,
  type MessagingTables,
  type OutboxRelay,
} from "@emberlearn/platform";
import { STILL_WORKING_MINUTES, stuckOnExerciseNow, type Thresholds } from "../domain/struggle.ts";
import { insertAlertIfNoneOpen, listActivities } from "../repository/progress-repository.ts";
import { activities } from "../repository/schema.ts";

/** Every minute, checks the students active in the last half hour for "stuck on one exercise". */
export function startStuckSweep(deps: {
  db: Db;
  tables: MessagingTables;
  relay: OutboxRelay;
  thresholds: Thresholds;
  logger: Logger;
  everyMs?: number;
}) {
  async function sweep() {
    const since = new Date(Date.now() - STILL_WORKING_MINUTES * 60_000).toISOString();
    const rows = await deps.db
      .selectDistinct({ studentId: activities.studentId })
      .from(activities)
      .where(gt(activities.time, since));
    for (const { studentId } of rows) {
      const d = stuckOnExerciseNow(await listActivities(deps.db, studentId), new Date(), deps.thresholds);
      if (!d) continue;
      const alertId = randomUUID();
      const evidence = d.evidence.map(({ id, time, kind, ...data }) => ({
        id,
        type: kind,
        time,
        data: data as Record<string, unknown>,
      }));
      await deps.db.transaction(async (tx) => {
        const t = tx as unknown as Db;
        if (
          await insertAlertIfNoneOpen(t, {
            id: alertId,
            studentId,
            trigger: d.trigger,
            moduleId: d.moduleId,
            summary: d.summary,
            evidence,
            createdAt: new Date().toISOString(),
          })
        ) {
          await enqueueEvents(t, deps.tables, [
            createEvent(
              "struggle.detected",
              { alertId, studentId, moduleId: d.moduleId, trigger: d.trigger, summary: d.summary, evidence },
              "progress",
            ),
          ]);
        }
      });
    }
    deps.relay.poke();
  }
  const timer = setInterval(
    () => void sweep().catch((err) => deps.logger.warn({ err }, "stuck sweep failed")),
    deps.everyMs ?? 60_000,
  );
  timer.unref();
  return { sweep, stop: () => clearInterval(timer) };
}
