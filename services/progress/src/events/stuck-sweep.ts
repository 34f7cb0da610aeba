import { gt } from "drizzle-orm";
import type { Db, Emitter, Logger } from "@emberlearn/platform";
import type { ModuleCatalog } from "../domain/activity.ts";
import { exerciseTitles } from "../domain/alert-details.ts";
import { STILL_WORKING_MINUTES, stuckOnExerciseNow, type Thresholds } from "../domain/struggle.ts";
import { lastResolvedByTrigger, listActivities } from "../repository/progress-repository.ts";
import { activities } from "../repository/schema.ts";
import { raiseAlert } from "./raise-alert.ts";

/** Every minute, checks the students active in the last half hour for "stuck on one exercise". */
export function startStuckSweep(deps: {
  db: Db;
  events: Emitter;
  thresholds: Thresholds;
  catalog: ModuleCatalog[];
  logger: Logger;
  everyMs?: number;
  now?: () => Date;
}) {
  const now = deps.now ?? (() => new Date());
  async function sweep() {
    const at = now();
    const since = new Date(at.getTime() - STILL_WORKING_MINUTES * 60_000).toISOString();
    const rows = await deps.db
      .selectDistinct({ studentId: activities.studentId })
      .from(activities)
      .where(gt(activities.time, since));
    for (const { studentId } of rows) {
      const history = await listActivities(deps.db, studentId);
      const opts = {
        since: await lastResolvedByTrigger(deps.db, studentId),
        titleOf: exerciseTitles(deps.catalog, history),
      };
      const detection = stuckOnExerciseNow(history, at, deps.thresholds, opts);
      if (!detection) continue;
      const input = { studentId, detection, catalog: deps.catalog, history, at: at.toISOString() };
      await deps.events.transaction((tx) => raiseAlert(tx, deps.events, input));
    }
  }
  const timer = setInterval(
    () => void sweep().catch((err) => deps.logger.warn({ err }, "stuck sweep failed")),
    deps.everyMs ?? 60_000,
  );
  timer.unref();
  return { sweep, stop: () => clearInterval(timer) };
}
