import type { z } from "zod";
import type { ServiceName } from "@emberlearn/contracts";
import { parseConfig } from "../config.ts";
import { createLogger } from "../log.ts";
import { openDatabase, migrateService } from "../db/index.ts";
import { createMemoryBus } from "../events/memory-bus.ts";
import type { EventBus } from "../events/bus.ts";
import { createServiceClient, type ServiceClient } from "../http/client.ts";
import { UnauthorizedError } from "../errors.ts";
import { platformConfigSchema } from "../runtime/config.ts";
import type { ServiceHandle, ServiceModule } from "../runtime/service-module.ts";
import type { TokenVerifier } from "../auth/types.ts";

// Real services for integration tests: the given modules, each on an ephemeral port, over one
// in-memory PGlite database and the in-process bus, calling each other over real HTTP. Tokens are
// "student-<id>" or "teacher-<id>" (the JWT check has its own tests); everything else is the real thing.

export interface TestServices {
  url(name: ServiceName): string;
  /** a bearer token for a student (or teacher) id */
  token(id: string, role?: "student" | "teacher"): string;
  handles: Map<string, ServiceHandle>;
  /** the in-process bus the services share: a test publishes the events another service would send */
  bus: EventBus;
  stop(): Promise<void>;
}

export const testVerifier: TokenVerifier = async (token) => {
  const m = /^(student|teacher)-([\w-]+)$/.exec(token);
  if (!m) throw new UnauthorizedError();
  return { id: m[2], role: m[1] as "student" | "teacher", token };
};

export async function startTestServices(
  modules: ServiceModule[],
  options: { env?: Record<string, string | undefined> } = {},
): Promise<TestServices> {
  const schema = modules.reduce<z.ZodObject>(
    (acc, m) => (m.configSchema ? acc.extend(m.configSchema.shape) : acc),
    platformConfigSchema,
  );
  const config = parseConfig(schema, { LOG_LEVEL: "silent", ...options.env }) as z.infer<typeof platformConfigSchema> &
    Record<string, unknown>;
  const database = await openDatabase({});
  for (const m of modules) if (m.migrations) await migrateService(database, { service: m.name, folder: m.migrations });
  const bus = createMemoryBus();
  const urls = new Map<string, string>();
  // a client resolves its callee's address when it calls: ports are known only after listen
  const lazyClient = (name: ServiceName, timeoutMs?: number): ServiceClient => {
    const real = () => {
      const baseUrl = urls.get(name);
      if (!baseUrl) throw new Error(`${name} is not started in this test`);
      return createServiceClient({ baseUrl, service: name, timeoutMs });
    };
    return {
      request: (e, o) => real().request(e, o),
      call: (o) => real().call(o),
      fetch: (p, init) => real().fetch(p, init),
    };
  };
  const handles = new Map<string, ServiceHandle>();
  for (const m of modules) {
    const handle = await m.create({
      config,
      database,
      bus,
      verifyToken: testVerifier,
      logger: createLogger(m.name, String(config.LOG_LEVEL)),
      client: lazyClient,
    });
    handles.set(m.name, handle);
  }
  for (const h of handles.values()) await h.start?.();
  for (const [name, h] of handles) {
    await h.app.listen({ port: 0, host: "127.0.0.1" });
    const address = h.app.server.address() as { port: number };
    urls.set(name, `http://127.0.0.1:${address.port}`);
  }
  return {
    url: (name) => urls.get(name)!,
    token: (id, role = "student") => `${role}-${id}`,
    handles,
    bus,
    async stop() {
      await Promise.all([...handles.values()].map((h) => h.app.close()));
      for (const h of handles.values()) await h.stop?.();
      await bus.close();
      await database.close();
    },
  };
}
