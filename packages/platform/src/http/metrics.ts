import type { FastifyInstance } from "fastify";
import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";

// Prometheus metrics per service. Each service has its own registry because
// embedded mode hosts all of them in one process.

export function installMetrics(
  app: FastifyInstance,
  service: string,
  paths: string[],
  processMetrics: boolean,
): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  if (processMetrics) collectDefaultMetrics({ register: registry });
  const labelNames = ["method", "route", "status"] as const;
  const requests = new Counter({
    name: "http_requests_total",
    help: "HTTP requests by route and status",
    labelNames,
    registers: [registry],
  });
  const latency = new Histogram({
    name: "http_request_duration_seconds",
    help: "HTTP request latency by route and status",
    labelNames,
    registers: [registry],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  });
  app.addHook("onResponse", async (request, reply) => {
    // the route pattern, never the raw URL: raw URLs would explode label cardinality
    const route = request.routeOptions.url ?? "unmatched";
    const labels = { method: request.method, route, status: String(reply.statusCode) };
    requests.inc(labels);
    latency.observe(labels, reply.elapsedTime / 1000);
  });
  for (const url of paths) {
    app.get(url, { schema: { hide: true }, config: { public: true } }, async (_req, reply) => {
      reply.type(registry.contentType).send(await registry.metrics());
    });
  }
  return registry;
}
