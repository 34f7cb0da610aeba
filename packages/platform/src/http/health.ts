import type { FastifyInstance } from "fastify";
import { z } from "zod";

/** Each check resolves when its dependency answers and throws (or times out) when not. */
export type ReadinessChecks = Record<string, () => Promise<unknown>>;

const READY_TIMEOUT_MS = 2000;

const healthBody = z.object({ status: z.literal("ok") });
const readyBody = z.object({
  status: z.enum(["ready", "not-ready"]),
  checks: z.record(z.string(), z.object({ ok: z.boolean(), error: z.string().optional(), ms: z.number() })),
});

declare module "fastify" {
  interface FastifyInstance {
    /** adds a /readyz check after the service was built (the runner adds the event bus's own) */
    addReadinessCheck(name: string, check: () => Promise<unknown>): void;
  }
}

export function installHealth(app: FastifyInstance, prefixes: string[], given: ReadinessChecks) {
  const checks: ReadinessChecks = { ...given };
  app.decorate("addReadinessCheck", (name: string, check: () => Promise<unknown>) => {
    checks[name] = check;
  });
  for (const prefix of prefixes) {
    app.get(
      `${prefix}/healthz`,
      { config: { public: true }, schema: { tags: ["ops"], response: { 200: healthBody } } },
      async () => ({ status: "ok" as const }),
    );
    app.get(
      `${prefix}/readyz`,
      { config: { public: true }, schema: { tags: ["ops"], response: { 200: readyBody, 503: readyBody } } },
      async (_req, reply) => {
        const results = await runChecks(checks);
        const ok = Object.values(results).every((r) => (r as { ok: boolean }).ok);
        return reply.code(ok ? 200 : 503).send({ status: ok ? "ready" : "not-ready", checks: results });
      },
    );
  }
}

async function runChecks(checks: ReadinessChecks) {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      const started = performance.now();
      try {
        await Promise.race([
          check(),
          new Promise((_, reject) => setTimeout(() => reject(new Error("timed out")), READY_TIMEOUT_MS).unref()),
        ]);
        return [name, { ok: true, ms: Math.round(performance.now() - started) }] as const;
      } catch (err) {
        return [
          name,
          { ok: false, error: (err as Error).message, ms: Math.round(performance.now() - started) },
        ] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
}
