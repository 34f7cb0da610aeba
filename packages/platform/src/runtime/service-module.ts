import type { z } from "zod";
import type { ServiceName } from "@emberlearn/contracts";
import type { Logger } from "../log.ts";
import type { Database } from "../db/index.ts";
import type { EventBus } from "../events/bus.ts";
import type { TokenVerifier } from "../auth/types.ts";
import type { ServiceClient } from "../http/client.ts";
import type { App } from "../http/service.ts";
import { parseConfig } from "../config.ts";
import { platformConfigSchema, type PlatformConfig } from "./config.ts";

// What a service is, to the runners: a name, its migrations, its extra config,
// and a factory. The embedded runner and each service's own main.ts both use it,
// so the two modes differ only in what they pass in.

/** the config a module's create() receives: the platform's settings and its own, parsed */
export type ModuleConfig<S extends z.ZodObject = z.ZodObject> = PlatformConfig & z.infer<S>;

export interface ServiceContext<C = PlatformConfig & Record<string, unknown>> {
  config: C;
  logger: Logger;
  database: Database;
  bus: EventBus;
  verifyToken: TokenVerifier;
  /** a typed HTTP client to another service (correlation id and token forwarded) */
  client(name: ServiceName, timeoutMs?: number): ServiceClient;
}

export interface ServiceHandle {
  app: App;
  /** after listening: start consumers and outbox relays */
  start?(): Promise<void>;
  /** after the server stopped accepting: stop consumers, flush relays */
  stop?(): Promise<void>;
  /** embedded mode only (auth): create the demo accounts, return them to print */
  seedDemo?(): Promise<{ role: string; email: string; password: string; note?: string }[]>;
}

// Generic over its config schema, so create() sees its own settings typed. `create` is a method
// (bivariant), so every module still fits the runners' plain ServiceModule[].
export interface ServiceModule<S extends z.ZodObject = z.ZodObject> {
  name: ServiceName;
  /** absolute path of the drizzle-kit migrations folder, when the service has tables */
  migrations?: string;
  /** the service's own environment variables */
  configSchema?: S;
  create(ctx: ServiceContext<ModuleConfig<S>>): Promise<ServiceHandle>;
}

/** Declares a module; its create() receives the platform config plus its configSchema's, typed. */
export function defineService<S extends z.ZodObject>(module: ServiceModule<S>): ServiceModule<S> {
  return module;
}

/**
 * A module's config parsed from environment-style strings, as the runners do it: for tests that call
 * create() directly (unset variables take their defaults; a bad one throws the same ConfigError).
 */
export function configFor<S extends z.ZodObject>(
  module: ServiceModule<S>,
  env: Record<string, string | undefined> = {},
): ModuleConfig<S> {
  const schema = module.configSchema ? platformConfigSchema.extend(module.configSchema.shape) : platformConfigSchema;
  return parseConfig(schema, { LOG_LEVEL: "silent", ...env }) as ModuleConfig<S>;
}
