import type { FastifyInstance, FastifySchema } from "fastify";

// The schema block each route was registered with, by "METHOD /path". Fastify keeps route options to
// itself once registered; the HTTP contracts test (scripts/http-contracts.test.ts) asks here whether
// a route's body and answer are the very schemas of its contract in packages/contracts/src/http.

const registries = new WeakMap<FastifyInstance, Map<string, FastifySchema | undefined>>();

export function installRouteSchemas(app: FastifyInstance) {
  const registry = new Map<string, FastifySchema | undefined>();
  registries.set(app, registry);
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat()) registry.set(`${method.toUpperCase()} ${route.url}`, route.schema);
  });
}

/** the schema block of the route at `method path`; undefined when no such route is registered */
export function routeSchema(app: FastifyInstance, method: string, path: string): FastifySchema | undefined {
  return registries.get(app)?.get(`${method.toUpperCase()} ${path}`);
}

/** whether a route is registered at `method path` (a route may have no schema) */
export function hasRouteSchema(app: FastifyInstance, method: string, path: string): boolean {
  return registries.get(app)?.has(`${method.toUpperCase()} ${path}`) ?? false;
}

/** every `METHOD /path` registered on the app (HEAD included, as Fastify adds it beside each GET) */
export function registeredRoutes(app: FastifyInstance): string[] {
  return [...(registries.get(app)?.keys() ?? [])];
}
