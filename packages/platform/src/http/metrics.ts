import { createServer, type Server } from "node:http";
import type { FastifyInstance } from "fastify";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

// Prometheus metrics per service. Each service has its own registry because embedded mode hosts all
// of them in one process. Metrics are not served on the API port at all (so no gateway, proxy or
// spelling of a path can reach them): each service serves them on its own metrics port (the API
// port + 1000, see metricsPort in the catalog), which only the scraper's network may reach.

const registries = new WeakMap<FastifyInstance, Registry>();

/** The registry a service's metrics are counted in (served by serveMetrics). */
export function metricsOf(app: FastifyInstance): Registry | undefined {
  return registries.get(app);
}

export function installMetrics(app: FastifyInstance, service: string, processMetrics: boolean): Registry {
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
  registries.set(app, registry);
  return registry;
}

/** A gauge read when Prometheus scrapes (a queue's depth, busy workers…). */
export function addGauge(app: FastifyInstance, name: string, help: string, read: () => number): void {
  const registry = registries.get(app);
  if (!registry) return;
  new Gauge({
    name,
    help,
    registers: [registry],
    collect() {
      this.set(read());
    },
  });
}

/** A plain HTTP listener answering GET /metrics with one registry, and 404 to anything else. */
export async function serveMetrics(registry: Registry, port: number, host: string): Promise<Server> {
  const server = createServer(async (req, res) => {
    if (req.method !== "GET" || req.url?.split("?")[0] !== "/metrics") {
      res.writeHead(404, { "content-type": "application/problem+json" });
      res.end(
        JSON.stringify({
          type: "urn:emberlearn:problem:not-found",
          title: "Not Found",
          status: 404,
          detail: "Only GET /metrics is served here",
        }),
      );
      return;
    }
    res.writeHead(200, { "content-type": registry.contentType });
    res.end(await registry.metrics());
  });
  server.requestTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}
