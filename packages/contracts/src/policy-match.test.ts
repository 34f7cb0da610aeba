import { describe, expect, it } from "vitest";
import type { RoutePolicy, ServiceEntry } from "./catalog.ts";
import { hasPathParameters, isInternalPath, matchPolicy, matchServicePolicy, rateLimitKey } from "./policy.ts";

// Policy matching on a made-up service, so each rule shows on its own: whole segments, the most specific
// route wins whatever order the catalog lists them in, parameters are one non-empty segment, methods filter.

const r = (path: string, extra: Partial<RoutePolicy> = {}): RoutePolicy => ({
  path,
  auth: true,
  bodyLimit: 1,
  ...extra,
});
const shop: ServiceEntry = {
  name: "exercise",
  port: 1,
  prefix: "/api/shop",
  description: "",
  calls: [],
  // deliberately least specific first
  routes: [
    r(""),
    r("/items", { bodyLimit: 2 }),
    r("/items/:id", { bodyLimit: 3 }),
    r("/items/:id/buy", { bodyLimit: 4, methods: ["POST"] }),
    r("/items/special", { bodyLimit: 5 }),
    r("/admin", { internal: true }),
  ],
};
const limit = (path: string, method = "GET") => matchServicePolicy(shop, method, path)?.bodyLimit;

describe("policy matching", () => {
  it("prefers more segments, then more literal segments, whatever the catalog's order", () => {
    expect(limit("/items")).toBe(2);
    expect(limit("/items/42")).toBe(3);
    expect(limit("/items/special")).toBe(5);
    expect(limit("/items/42/buy", "post")).toBe(4);
    expect(limit("/items/42/buy/now", "POST")).toBe(4);
    expect(limit("/other")).toBe(1);
  });

  it("filters by method, and a parameter never matches an empty segment", () => {
    expect(limit("/items/42/buy", "GET")).toBe(3);
    expect(limit("/items//buy", "POST")).toBe(2);
  });

  it("matches a service by whole prefix, the prefix itself included", () => {
    expect(matchPolicy([shop], "GET", "/api/shop")?.policy.path).toBe("");
    expect(matchPolicy([shop], "GET", "/api/shop?x=1")?.policy.path).toBe("");
    expect(matchPolicy([shop], "GET", "/api/shopping")).toBeUndefined();
    expect(matchPolicy([shop], "GET", "/api/shop/items?x=/admin")?.policy.path).toBe("/items");
  });

  it("finds no policy when the service has none for the method", () => {
    const strict: ServiceEntry = { ...shop, routes: [r("/only", { methods: ["POST"] })] };
    expect(matchPolicy([strict], "GET", "/api/shop/only")).toBeUndefined();
    expect(matchPolicy([strict], "GET", "/api/shop/elsewhere")).toBeUndefined();
  });

  it("hides an internal path below it, but not a lookalike", () => {
    expect(isInternalPath(shop, "/admin")).toBe(true);
    expect(isInternalPath(shop, "/admin/users")).toBe(true);
    expect(isInternalPath(shop, "/administrator")).toBe(false);
    expect(isInternalPath(shop, "/items")).toBe(false);
  });

  it("counts per IP on a route without a rate limit, even for a signed-in user", () => {
    const match = matchPolicy([shop], "GET", "/api/shop/items")!;
    expect(rateLimitKey(match, "10.0.0.1", "u1")).toBe("exercise/items|ip:10.0.0.1");
  });

  it("says whether a policy path has parameters", () => {
    expect(hasPathParameters("/items/:id/buy")).toBe(true);
    expect(hasPathParameters("/items/special")).toBe(false);
    expect(hasPathParameters("")).toBe(false);
  });
});
