import { serviceEntry } from "@emberlearn/contracts";
import { createEmitter, createOutboxRelay, createService, defineService } from "@emberlearn/platform";
import { configSchema, thresholdsFrom } from "./config.ts";
import { loadCatalog } from "./repository/catalog.ts";
import { createRosterClient } from "./repository/roster-client.ts";
import { inbox, outbox } from "./repository/schema.ts";
import { createActivityHandler, CONSUMER_GROUP } from "./events/consumer.ts";
import { createAlertFeed } from "./events/alert-feed.ts";
import { startStuckSweep } from "./events/stuck-sweep.ts";
import { createProgress } from "./service/index.ts";
import { studentRoutes } from "./routes/student-routes.ts";
import { teacherRoutes } from "./routes/teacher-routes.ts";
import { classRoutes } from "./routes/class-routes.ts";
import { studentViewRoutes } from "./routes/student-view-routes.ts";
import { alertStreamRoute } from "./routes/alert-stream.ts";
import { tutorRoutes } from "./routes/tutor-routes.ts";
import { draftRoutes } from "./routes/draft-routes.ts";

const entry = serviceEntry("progress");
const tables = { outbox, inbox };

export const progressModule = defineService({
  name: "progress",
  migrations: new URL("../migrations", import.meta.url).pathname,
  configSchema,
  async create({ config: cfg, logger, verifyToken, database, bus, client }) {
    const thresholds = thresholdsFrom(cfg);
    const db = database.db;
    const relay = createOutboxRelay({ db, tables, bus, logger });
    const events = createEmitter({ db, tables, relay, source: "progress" });
    const feed = createAlertFeed();
    const shutdownHooks: (() => void)[] = [];
    const catalog = await loadCatalog();
    const progress = createProgress({
      db,
      events,
      catalog,
      roster: createRosterClient(client("auth")),
      feed,
      now: () => new Date(),
      warn: (message) => logger.warn(message),
    });

    const app = await createService({
      name: entry.name,
      prefix: entry.prefix,
      description: entry.description,
      logger,
      verifyToken,
      readiness: { database: database.ping },
    });
    studentRoutes(app, progress.student);
    teacherRoutes(app, progress.alerts);
    classRoutes(app, progress.classes);
    studentViewRoutes(app, progress.studentView);
    alertStreamRoute(app, progress.alerts, (fn) => void shutdownHooks.push(fn));
    tutorRoutes(app, progress.student);
    draftRoutes(app, progress.drafts);
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
