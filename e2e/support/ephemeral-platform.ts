import { createServer } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { catalog, type ServiceName } from "@emberlearn/contracts";
import { openDatabase, runServices, type RateLimitStore, type RunningPlatform } from "@emberlearn/platform";
import { allModules } from "../../scripts/modules.ts";

// The whole platform in this process, like `make start` minus the web app, on free ports instead of
// the fixed ones, over an in-memory database: tests that need every real service can run beside the
// end-to-end suite (which holds the fixed ports) without waiting for it.

export interface EphemeralPlatform {
  url(name: ServiceName): string;
  platform: RunningPlatform;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface EphemeralOptions {
  env?: Record<string, string>;
  /** "off": count nothing (a fuzzer replays requests and must get the same answer; limits have their own tests) */
  rateLimits?: "on" | "off";
}

const countsNothing: RateLimitStore = { hit: async (_key, windowMs) => ({ count: 1, resetAt: Date.now() + windowMs }) };

export async function startEphemeralPlatform(options: EphemeralOptions = {}): Promise<EphemeralPlatform> {
  const ports: Record<string, number> = {};
  for (const s of catalog) ports[s.name] = await freePort();
  const urls = Object.fromEntries(catalog.map((s) => [s.name, `http://127.0.0.1:${ports[s.name]}`]));
  const dataDir = mkdtempSync(join(tmpdir(), "emberlearn-ephemeral-"));
  const database = await openDatabase({});
  const platform = await runServices(allModules, {
    database,
    ports,
    ...(options.rateLimits === "off" ? { rateLimitStore: countsNothing } : {}),
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      SANDBOX_WORKERS: "2",
      WEB_URL: "http://127.0.0.1:9",
      AUTH_JWKS_URL: `${urls.auth}/api/auth/jwks`,
      ...Object.fromEntries(catalog.map((s) => [`${s.name.toUpperCase().replace(/-/g, "_")}_URL`, urls[s.name]])),
      ...options.env,
    },
  });
  return {
    url: (name) => urls[name],
    platform,
    async stop() {
      await platform.stop();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
