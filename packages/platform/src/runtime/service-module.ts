import type { z } from "zod";
import type { ServiceName } from "@emberlearn/contracts";
import type { Logger } from "../log.ts";
import type { Database } from "../db/index.ts";
import type { EventBus } from "../events/bus.ts";
import type { TokenVerifier } from "../auth/types.ts";
import type { ServiceClient } from "../http/client.ts";
import type { App } from "../http/service.ts";
import type { PlatformConfig } from "./config.ts";

// What a service is, to the runners: a name, its migrations, its extra config,
// and a factory. The embedded runner and each service's own main.ts both use it,
// so the two modes differ only in what they pass in.

export interface ServiceContext {
  config: PlatformConfig & Record<string, unknown>;
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

export interface ServiceModule {
  name: ServiceName;
  /** absolute path of the drizzle-kit migrations folder, when the service has tables */
  migrations?: string;
  /** the service's own environment variables */
  configSchema?: z.ZodObject;
  create(ctx: ServiceContext): Promise<ServiceHandle>;
}
