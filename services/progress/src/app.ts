import { z } from "zod";
import { serviceEntry } from "@emberlearn/contracts";
import { createEmitter, createOutboxRelay, createService, type Db, defineService } from "@emberlearn/platform";
import { loadCatalog } from "./repository/catalog.ts";
import { createRosterClient } from "./repository/roster-client.ts";
import type { AlertRecord } from "./repository/progress-repository.ts";
import { inbox, outbox } from "./repository/schema.ts";
import { createActivityHandler, CONSUMER_GROUP } from "./events/consumer.ts";
import { createAlertFeed, type AlertFeed } from "./events/alert-feed.ts";
import { startStuckSweep } from "./events/stuck-sweep.ts";
import { resolveAlert } from "./events/raise-alert.ts";
import { DEFAULT_THRESHOLDS, type Thresholds } from "./domain/struggle.ts";
import type { ModuleCatalog } from "./domain/activity.ts";
import type { Roster } from "./domain/roster.ts";
import { studentRoutes } from "./routes/student-routes.ts";
import { teacherRoutes } from "./routes/teacher-routes.ts";
import { classRoutes } from "./routes/class-routes.ts";
import { studentViewRoutes } from "./routes/student-view-routes.ts";
import { alertStreamRoute } from "./routes/alert-stream.ts";
import { tutorRoutes } from "./routes/tutor-routes.ts";
import { draftRoutes } from "./routes/draft-routes.ts";

const entry = serviceEntry("progress");
const tables = { outbox, inbox };

export const configSchema = z.object({
  STRUGGLE_SAME_ERROR: z.coerce
    .number({ message: "must be a whole number" })
    .int()
    .min(1)
    .default(DEFAULT_THRESHOLDS.sameErrorInARow),
  STRUGGLE_FAILED_RUNS: z.coerce
    .number({ message: "must be a whole number" })
    .int()
    .min(1)
    .default(DEFAULT_THRESHOLDS.failedRunsInARow),
  STRUGGLE_STUCK_MINUTES: z.coerce
    .number({ message: "must be a number of minutes" })
    .positive()
    .default(DEFAULT_THRESHOLDS.stuckMinutes),
  STRUGGLE_QUIZ_BELOW: z.coerce
    .number({ message: "must be a percentage" })
    .min(0)
    .max(100)
    .default(DEFAULT_THRESHOLDS.quizBelow),
  STRUGGLE_IDLE_MINUTES: z.coerce
    .number({ message: "must be a number of minutes" })
    .positive()
    .default(DEFAULT_THRESHOLDS.idleMinutes),
  STRUGGLE_STUCK_ATTEMPTS: z.coerce
    .number({ message: "must be a whole number" })
    .int()
    .min(1)
    .default(DEFAULT_THRESHOLDS.stuckAttempts),
  STRUGGLE_WINDOW_MINUTES: z.coerce
    .number({ message: "must be a number of minutes" })
    .positive()
    .default(DEFAULT_THRESHOLDS.windowMinutes),
});

export interface ProgressDeps {
  db: Db;
  catalog: ModuleCatalog[];
  roster: Roster;
  feed: AlertFeed;
  now: () => Date;
  resolveAlert(alert: AlertRecord, by: string): Promise<void>;
  onShutdown(fn: () => void): void;
}

export const progressModule = defineService({
  name: "progress",
  migrations: new URL("../migrations", import.meta.url).pathname,
  configSchema,
  async create({ config: cfg, logger, verifyToken, database, bus, client }) {
    const thresholds: Thresholds = {
      sameErrorInARow: cfg.STRUGGLE_SAME_ERROR,
      failedRunsInARow: cfg.STRUGGLE_FAILED_RUNS,
      stuckMinutes: cfg.STRUGGLE_STUCK_MINUTES,
      quizBelow: cfg.STRUGGLE_QUIZ_BELOW,
      idleMinutes: cfg.STRUGGLE_IDLE_MINUTES,
      stuckAttempts: cfg.STRUGGLE_STUCK_ATTEMPTS,
      windowMinutes: cfg.STRUGGLE_WINDOW_MINUTES,
    };
    const db = database.db;
    const relay = createOutboxRelay({ db, tables, bus, logger });
    const events = createEmitter({ db, tables, relay, source: "progress" });
    const feed = createAlertFeed();
    const shutdownHooks: (() => void)[] = [];
    const catalog = await loadCatalog();
    const deps: ProgressDeps = {
      db,
      catalog,
      roster: createRosterClient(client("auth")),
      feed,
      now: () => new Date(),
      onShutdown: (fn) => void shutdownHooks.push(fn),
      async resolveAlert(alert, by) {
        const input = { alertId: alert.id, studentId: alert.studentId, by, at: new Date().toISOString() };
        await events.transaction((tx) => resolveAlert(tx, events, input));
      },
    };

    const app = await createService({
      name: entry.name,
      prefix: entry.prefix,
      description: entry.description,
      logger,
      verifyToken,
      readiness: { database: database.ping },
    });
    studentRoutes(app, deps);
    teacherRoutes(app, deps);
    classRoutes(app, deps);
    studentViewRoutes(app, deps);
    alertStreamRoute(app, deps);
    tutorRoutes(app, deps);
    draftRoutes(app, deps);
    // SSE connections would otherwise hold a graceful close open forever
    app.addHook("preClose", async () => {
      for (const fn of shutdownHooks) fn();
    });

    const handle = createActivityHandler({ events, thresholds, catalog });
    let sweep: ReturnType<typeof startStuckSweep> | undefined;
    return {
      app,
      async start() {
        for (const topic of ["code.events", "exercise.events", "learning.events"] as const)
          await bus.subscribe({ topic, group: CONSUMER_GROUP, handler: handle });
        // every replica feeds its own teachers' live streams: each gets every alert
        await bus.subscribe({
          topic: "struggle.alerts",
          group: "progress-live",
          broadcast: true,
          handler: async (e) => feed.publish(e),
        });
        relay.start();
        // a quarter of the stuck threshold, at most a minute: a short threshold (tests, demos) is noticed in time
        const everyMs = Math.min(60_000, Math.max(2_000, (thresholds.stuckMinutes * 60_000) / 4));
        sweep = startStuckSweep({ db, events, thresholds, catalog, logger, everyMs });
      },
      stop: async () => {
        sweep?.stop();
        await relay.stop();
      },
    };
  },
});
