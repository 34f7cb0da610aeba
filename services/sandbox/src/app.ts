import { z } from "zod";
import { serviceEntry } from "@emberlearn/contracts";
import { addGauge, createOutboxRelay, createService, defineService } from "@emberlearn/platform";
import { createSandbox } from "./domain/index.ts";
import { inbox, outbox } from "./repository/schema.ts";
import { runHelpers } from "./routes/run-helpers.ts";
import { runRoutes } from "./routes/run-routes.ts";
import { sessionRoutes } from "./routes/session-routes.ts";

const entry = serviceEntry("sandbox");

export const configSchema = z.object({
  SANDBOX_PYTHON: z.string().default("/usr/bin/python3"),
  SANDBOX_BWRAP: z.string().default("/usr/bin/bwrap"),
  SANDBOX_WORKERS: z.coerce.number({ message: "must be a whole number" }).int().min(1).max(64).optional(),
  SANDBOX_QUEUE: z.coerce.number({ message: "must be a whole number" }).int().min(1).optional(),
  // the first of the host uids the workers run as when the service runs as root (one per worker)
  SANDBOX_UID_BASE: z.coerce.number({ message: "must be a whole number" }).int().min(1000).default(64_000),
  SANDBOX_RECYCLE_AFTER: z.coerce.number({ message: "must be a whole number" }).int().min(1).default(500),
  // a cgroup delegated to the service's own user, to run without root (docs/operations.md)
  SANDBOX_CGROUP_PARENT: z.string().optional(),
  // pure-Python libraries for the harness's error analysis (scripts/install-python-libs.sh)
  SANDBOX_LIB_DIR: z.string().optional(),
});

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
    const tables = { outbox, inbox };
    const relay = createOutboxRelay({ db: database.db, tables, bus, logger });
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
    const runDeps = { sandbox, db: database.db, tables, relay };
    runRoutes(app, runDeps);
    sessionRoutes(app, { sandbox, ...runHelpers(app, runDeps) });
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
