import { serviceEntry } from "@emberlearn/contracts";
import { addGauge, createService, defineService } from "@emberlearn/platform";
import { configSchema } from "./config.ts";
import { createSandbox } from "./domain/index.ts";
import { codeExecutedEvents } from "./events/code-executed.ts";
import { runRoutes } from "./routes/run-routes.ts";
import { sessionRoutes } from "./routes/session-routes.ts";
import { createRunService } from "./service/runs.ts";
import { createSessionService } from "./service/sessions.ts";

const entry = serviceEntry("sandbox");

export const sandboxModule = defineService({
  name: "sandbox",
  migrations: new URL("../migrations", import.meta.url).pathname,
  configSchema,
  async create({ config: cfg, logger, verifyToken, database, bus }) {
    // refuses to start (throws) when the kernel will not isolate: never runs code unsandboxed
    const sandbox = await createSandbox({
      python: cfg.SANDBOX_PYTHON,
      bwrap: cfg.SANDBOX_BWRAP,
      workers: cfg.SANDBOX_WORKERS,
      queueLimit: cfg.SANDBOX_QUEUE,
      uidBase: cfg.SANDBOX_UID_BASE,
      recycleAfter: cfg.SANDBOX_RECYCLE_AFTER,
      libDir: cfg.SANDBOX_LIB_DIR,
      cgroupParent: cfg.SANDBOX_CGROUP_PARENT,
      log: (msg) => logger.warn(msg),
    });
    const { relay, recorded } = codeExecutedEvents({ db: database.db, bus, logger });
    const app = await createService({
      name: entry.name,
      prefix: entry.prefix,
      description: entry.description,
      logger,
      verifyToken,
      readiness: {
        database: database.ping,
        workers: async () => {
          const s = sandbox.stats();
          if (s.workers === 0) throw new Error("no sandbox workers");
        },
      },
    });
    // what the sandbox's autoscaler scales on (deploy/k8s/autoscaling.yaml): runs waiting for a worker
    addGauge(app, "sandbox_queue_depth", "Runs waiting for a sandbox worker", () => sandbox.stats().queued);
    addGauge(app, "sandbox_workers_busy", "Sandbox workers running a program", () => sandbox.stats().busy);
    const runs = createRunService({ sandbox, recorded });
    runRoutes(app, runs);
    sessionRoutes(app, { runs, sessions: createSessionService({ sandbox, recorded }) });
    logger.info(sandbox.stats(), "sandbox ready");
    return {
      app,
      start: async () => relay.start(),
      stop: async () => {
        await relay.stop();
        await sandbox.close();
      },
    };
  },
});
