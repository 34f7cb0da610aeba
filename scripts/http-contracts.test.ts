import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendServices } from "@emberlearn/contracts";
import { allEndpoints, allStreams } from "@emberlearn/contracts/http";
import { hasRouteSchema, registeredRoutes, routeSchema } from "@emberlearn/platform";
import { startTestServices, type TestServices } from "@emberlearn/platform/testing/services";
import { allModules } from "./modules.ts";

// Each endpoint contract (packages/contracts/src/http) against the route its service really registers:
// the route exists with that method and path, and its schema block holds the contract's own body, query,
// path parameter and success-answer schemas (the same objects, not look-alikes). A route that keeps a
// hand-written schema, wraps the contract's (.extend, .describe), or answers another status, fails here.

let services: TestServices;

beforeAll(async () => {
  services = await startTestServices(allModules.filter((m) => m.name !== "gateway"));
}, 120_000);
afterAll(() => services?.stop());

function appOf(path: string) {
  const service = backendServices.find((s) => path.startsWith(`${s.prefix}/`) || path === s.prefix);
  if (!service) throw new Error(`${path}: no service has this prefix`);
  const handle = services.handles.get(service.name);
  if (!handle) throw new Error(`${service.name} is not started`);
  return handle.app;
}

const root = join(import.meta.dirname, "..");
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : sources(path);
    return path.endsWith(".ts") && !path.endsWith(".test.ts") ? [path] : [];
  });
}

// Routes that have no contract in allEndpoints or allStreams, on purpose; each says why. Health, readiness,
// metrics and the OpenAPI docs are the platform's own (every service has them, nobody reads a field of theirs).
const WITHOUT_CONTRACT: Record<string, string> = {
  "GET /api/auth/jwks": "RFC 7517's key set, read by jose's createRemoteJWKSet, not by a type of ours",
  "GET /api/exercise/assignments/:assignmentId/export.csv":
    "a CSV file the web app's download route passes through byte for byte: no JSON answer to type",
  "GET /api/progress/classes/:classId/gradebook.csv":
    "a CSV file the web app's download route passes through byte for byte: no JSON answer to type",
};
const PLATFORM_ROUTE = /^(GET|HEAD) (\/api\/[\w-]+)?\/(healthz|readyz|metrics|docs(\/.*)?)$/;

describe("HTTP contracts", () => {
  it("cover every route the services register (but the platform's own and the listed exemptions)", () => {
    const contracted = new Set([...allEndpoints, ...allStreams].map((e) => `${e.method} ${e.path}`));
    const routes = [...services.handles.values()].flatMap((h) => registeredRoutes(h.app));
    expect(routes.length, "the services' routes are found").toBeGreaterThan(50);
    const bare = routes.filter((r) => !r.startsWith("HEAD ") && !PLATFORM_ROUTE.test(r));
    const missing = bare.filter((r) => !contracted.has(r) && !(r in WITHOUT_CONTRACT));
    expect(missing, "give each a contract in packages/contracts/src/http (docs/api.md)").toEqual([]);
    const stale = Object.keys(WITHOUT_CONTRACT).filter((r) => !bare.includes(r) || contracted.has(r));
    expect(stale, "exemptions of routes that are gone or now have a contract").toEqual([]);
  });

  it("are how services call each other (no call with a schema of the caller's own)", () => {
    const services = readdirSync(join(root, "services")).map((s) => join(root, "services", s, "src"));
    const calls = services
      .flatMap(sources)
      .flatMap((file) => (/\.call\(\s*\{/.test(readFileSync(file, "utf8")) ? [relative(root, file)] : []));
    expect(calls, "use client.request(<contract>, …) instead of client.call({ path, schema })").toEqual([]);
  });

  it("are each defined once", () => {
    const names = allEndpoints.map((e) => `${e.method} ${e.path}`);
    expect(names.length, "the contracts are gathered in allEndpoints").toBeGreaterThan(10);
    expect(new Set(names).size, "one contract per route").toBe(names.length);
  });

  for (const endpoint of allEndpoints) {
    it(`${endpoint.method} ${endpoint.path} is the route's schema`, () => {
      const app = appOf(endpoint.path);
      expect(hasRouteSchema(app, endpoint.method, endpoint.path), "the route is registered").toBe(true);
      const schema = (routeSchema(app, endpoint.method, endpoint.path) ?? {}) as Record<string, unknown>;
      const response = (schema.response ?? {}) as Record<string, unknown>;
      const status = endpoint.status ?? 200;
      expect(response[status] === endpoint.response, `its ${status} answer is the contract's`).toBe(true);
      expect(schema.body === endpoint.body, "its body is the contract's").toBe(true);
      expect(schema.querystring === endpoint.query, "its query is the contract's").toBe(true);
      expect(schema.params === endpoint.params, "its path parameters are the contract's").toBe(true);
    });
  }

  for (const stream of allStreams) {
    it(`${stream.method} ${stream.path} (a stream) takes the contract's body and path parameters`, () => {
      const schema = (routeSchema(appOf(stream.path), stream.method, stream.path) ?? {}) as Record<string, unknown>;
      expect(schema.body === stream.body, "its body is the contract's").toBe(true);
      expect(schema.params === stream.params, "its path parameters are the contract's").toBe(true);
    });
  }
});
