import { z } from "zod";
import { catalog, type ServiceName } from "@emberlearn/contracts";
import { env } from "../config.ts";
import { eventsConfigSchema } from "./events-config.ts";

// Settings every service shares. Each service may add its own fields (its
// module's configSchema); main.ts validates the union once at start.

export const platformConfigSchema = z.object({
  DATABASE_URL: env.databaseUrl(),
  /** connections this process keeps to DATABASE_URL (embedded mode: one pool for all nine services) */
  DATABASE_POOL_SIZE: z.coerce.number({ message: "must be a whole number" }).int().min(1).max(200).default(10),
  DATA_DIR: z.string().min(1).default("./data"),
  KAFKA_BROKERS: env.list().optional(),
  DAPR_HTTP_PORT: z.coerce.number({ message: "must be a port number" }).int().positive().optional(),
  LOG_LEVEL: env.logLevel(),
  HOST: z.string().default("127.0.0.1"),
  AUTH_ISSUER: z.string().default("http://localhost:8000"),
  AUTH_AUDIENCE: z.string().default("emberlearn"),
  /** where services fetch the auth service's JWKS; defaults to the auth service in the catalog */
  AUTH_JWKS_URL: env.url().optional(),
  /**
   * signs service identities (comma-separated: the first signs, all verify, for rotation); unset, a
   * random secret per process, which is enough when every service runs in this one process
   */
  SERVICE_TOKEN_SECRET: env
    .list()
    .refine((v) => v.length > 0 && v.every((s) => s.length >= 32), "must be at least 32 characters (each, if several)")
    .optional(),
  /**
   * behind Kong or an ingress: every service takes the client address from X-Forwarded-For (per-IP
   * limits count clients, not the proxy); only for ports that nothing but the proxy can reach
   */
  TRUST_PROXY: z.enum(["true", "false"], { message: "must be true or false" }).default("false"),
  /** where metrics are served: METRICS_HOST (default HOST) on each service's metrics port; "off" serves none */
  METRICS_HOST: z.string().optional(),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: env.url().optional(),
  OPENAI_MODEL: z.string().default("gpt-4o-mini"),
  ...eventsConfigSchema,
  ...Object.fromEntries(catalog.map((s) => [urlVar(s.name), env.url().optional()])),
});

export type PlatformConfig = z.infer<typeof platformConfigSchema>;

function urlVar(name: ServiceName) {
  return `${name.toUpperCase().replace(/-/g, "_")}_URL`;
}

/** Base URL of another service: SANDBOX_URL etc. override the catalog's localhost default. */
export function serviceUrl(config: PlatformConfig, name: ServiceName): string {
  const override = (config as Record<string, unknown>)[urlVar(name)];
  if (typeof override === "string") return override;
  // with a Dapr sidecar, calls go through its service invocation (mTLS, retries, tracing)
  if (config.DAPR_HTTP_PORT) return `http://127.0.0.1:${config.DAPR_HTTP_PORT}/v1.0/invoke/${name}/method`;
  const entry = catalog.find((s) => s.name === name);
  if (!entry) throw new Error(`No service named "${name}" in the catalog (packages/contracts/src/catalog.ts)`);
  return `http://127.0.0.1:${entry.port}`;
}
