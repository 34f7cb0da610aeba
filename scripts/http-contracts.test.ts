import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendServices } from "@emberlearn/contracts";
import { allEndpoints } from "@emberlearn/contracts/http";
import { hasRouteSchema, routeSchema } from "@emberlearn/platform";
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

describe("HTTP contracts", () => {
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
});
