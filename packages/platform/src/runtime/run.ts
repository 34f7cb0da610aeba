import type { Server } from "node:http";
import type { z } from "zod";
import { metricsPort, serviceEntry } from "@emberlearn/contracts";
import { parseConfig } from "../config.ts";
import { createLogger, type Logger } from "../log.ts";
import { openDatabase, migrateService, useStoredDataLogger, type Database } from "../db/index.ts";
import { createMemoryBus } from "../events/memory-bus.ts";
import type { EventBus } from "../events/bus.ts";
import type { DaprBus } from "../events/dapr-bus.ts";
import { createJwtVerifier } from "../auth/verify.ts";
import { createServiceClient } from "../http/client.ts";
import { metricsOf, serveMetrics } from "../http/metrics.ts";
import { useTrustProxyDefault } from "../http/service.ts";
import { useServiceSecrets } from "../auth/service-identity.ts";
import { useDefaultRateLimitStore, type RateLimitStore } from "../http/rate-limit.ts";
import { platformConfigSchema, serviceUrl, type PlatformConfig } from "./config.ts";
import { checkRetention, retentionOf, topicSettingsOf } from "./events-config.ts";
import { setRelayDefaults } from "../events/outbox-relay.ts";
import type { ServiceHandle, ServiceModule } from "./service-module.ts";

export interface RunningPlatform {
  config: PlatformConfig & Record<string, unknown>;
  database: Database;
  bus: EventBus;
  logger: Logger;
  handles: Map<string, ServiceHandle>;
  /** where each service's metrics are served (http://host:port/metrics) */
  metricsUrls: Map<string, string>;
  /** graceful: stop accepting, finish in-flight requests, flush outboxes, close the bus and db */
  stop(): Promise<void>;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  /** overrides for tests: an in-memory database, a given bus, port 0 */
  database?: Database;
  bus?: EventBus;
  ports?: Partial<Record<string, number>>;
  /** where every service counts the catalog's rate limits (default: each its own memory) */
  rateLimitStore?: RateLimitStore;
  /**
   * metrics ports (0: any free port); by default each service's catalog metrics port, or any free
   * one when `ports` names it
   */
  metricsPorts?: Partial<Record<string, number>>;
}

/** Validates config (throws ConfigError naming the variable), opens the shared pieces and starts the modules. */
export async function runServices(modules: ServiceModule[], options: RunOptions = {}): Promise<RunningPlatform> {
  const schema = modules.reduce<z.ZodObject>(
    (acc, m) => (m.configSchema ? acc.extend(m.configSchema.shape) : acc),
    platformConfigSchema,
  );
  const config = parseConfig(schema, options.env ?? process.env) as PlatformConfig & Record<string, unknown>;
  checkRetention(config);
  const logger = createLogger(modules.length === 1 ? modules[0].name : "emberlearn", config.LOG_LEVEL);
  setRelayDefaults(retentionOf(config));
  useStoredDataLogger(logger);
  if (options.rateLimitStore) useDefaultRateLimitStore(options.rateLimitStore);
  useTrustProxyDefault(config.TRUST_PROXY === "true");
  if (config.SERVICE_TOKEN_SECRET) useServiceSecrets(config.SERVICE_TOKEN_SECRET);
  else if (modules.length === 1 && modules[0].name !== "gateway")
    logger.warn("SERVICE_TOKEN_SECRET is not set: calls from and to other service processes will be refused");

  const database =
    options.database ??
    (await openDatabase(
      config.DATABASE_URL
        ? { url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE }
        : { dataDir: `${config.DATA_DIR}/pglite` },
    ));
  for (const m of modules) if (m.migrations) await migrateService(database, { service: m.name, folder: m.migrations });
  const bus = options.bus ?? (await createBus(config, logger));
  // through a sidecar that demands its API token, every call to it carries the token
  const daprHeaders: Record<string, string> =
    config.DAPR_HTTP_PORT && config.DAPR_API_TOKEN ? { "dapr-api-token": config.DAPR_API_TOKEN } : {};
  const viaDapr = (url: string) => url.startsWith(`http://127.0.0.1:${config.DAPR_HTTP_PORT}/`);
  const jwksUrl = config.AUTH_JWKS_URL ?? `${serviceUrl(config, "auth")}/api/auth/jwks`;
  const verifyToken = createJwtVerifier({
    jwksUrl,
    jwksHeaders: viaDapr(jwksUrl) ? daprHeaders : undefined,
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
  });

  const handles = new Map<string, ServiceHandle>();
  const handleOf = (name: string) => {
    const h = handles.get(name);
    if (!h) throw new Error(`service "${name}" was not created`); // every module gets a handle below
    return h;
  };
  for (const m of modules) {
    const serviceLogger = modules.length === 1 ? logger : createLogger(m.name, config.LOG_LEVEL);
    const handle = await m.create({
      config,
      database,
      bus,
      verifyToken,
      logger: serviceLogger,
      client: (name, timeoutMs) => {
        const baseUrl = serviceUrl(config, name);
        return createServiceClient({
          baseUrl,
          service: name,
          caller: m.name,
          timeoutMs,
          headers: viaDapr(baseUrl) ? daprHeaders : {},
        });
      },
    });
    if ("mount" in bus) (bus as DaprBus).mount(handle.app);
    // ready only while the bus can publish and consume: its consumers run, its sidecar answers
    const ready = bus.ready?.bind(bus);
    if (ready) handle.app.addReadinessCheck("events", () => ready());
    handles.set(m.name, handle);
  }
  // consumers start before the servers listen, so a Dapr sidecar asking for subscriptions sees them all
  for (const h of handles.values()) await h.start?.();
  for (const m of modules)
    await handleOf(m.name).app.listen({
      port: options.ports?.[m.name] ?? serviceEntry(m.name).port,
      host: config.HOST,
    });
  const metricsServers: Server[] = [];
  const metricsUrls = new Map<string, string>();
  if (config.METRICS_HOST !== "off")
    for (const m of modules) {
      const registry = metricsOf(handleOf(m.name).app);
      const port =
        options.metricsPorts?.[m.name] ??
        (options.ports?.[m.name] !== undefined ? 0 : metricsPort(serviceEntry(m.name)));
      if (!registry) continue;
      const server = await serveMetrics(registry, port, config.METRICS_HOST ?? config.HOST);
      const address = server.address() as { address: string; port: number };
      metricsServers.push(server);
      metricsUrls.set(m.name, `http://${address.address}:${address.port}/metrics`);
    }

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await Promise.all([...handles.values()].map((h) => h.app.close()));
      await Promise.all(metricsServers.map((s) => new Promise((r) => s.close(r))));
      for (const h of handles.values()) await h.stop?.();
      await bus.close();
      if (!options.database) await database.close();
    })());
  return { config, database, bus, logger, handles, metricsUrls, stop };
}

async function createBus(config: PlatformConfig, logger: Logger): Promise<EventBus> {
  if (config.DAPR_HTTP_PORT) {
    const { createDaprBus } = await import("../events/dapr-bus.ts");
    return createDaprBus({
      daprHttpPort: config.DAPR_HTTP_PORT,
      apiToken: config.DAPR_API_TOKEN,
      appToken: config.APP_API_TOKEN,
      logger,
    });
  }
  if (config.KAFKA_BROKERS?.length) {
    const { createKafkaBus } = await import("../events/kafka-bus.ts");
    return createKafkaBus({
      brokers: config.KAFKA_BROKERS,
      clientId: "emberlearn",
      logger,
      partitioner: config.KAFKA_PARTITIONER,
      topics: topicSettingsOf(config),
    });
  }
  return createMemoryBus({ logger });
}

/** For a process's main: SIGTERM/SIGINT stop the platform gracefully, a second signal forces exit. */
export function stopOnSignals(platform: RunningPlatform, onStopped?: () => Promise<void> | void) {
  let signalled = false;
  const handler = async (signal: string) => {
    if (signalled) process.exit(1);
    signalled = true;
    platform.logger.info({ signal }, "shutting down");
    await platform.stop();
    await onStopped?.();
    process.exit(0);
  };
  process.on("SIGTERM", handler);
  process.on("SIGINT", handler);
}
