import { describe, expect, it } from "vitest";
import { backendServices, catalog, metricsPort, serviceEntry } from "./catalog.ts";

// The one route table: looking a service up, where its metrics live, which services sit behind the gateway.

describe("service catalog", () => {
  it("finds a service by name, and refuses an unknown one", () => {
    expect(serviceEntry("sandbox")).toMatchObject({ name: "sandbox", port: 8007, prefix: "/api/sandbox" });
    expect(() => serviceEntry("nope" as never)).toThrow("unknown service nope");
  });

  it("serves metrics 1000 ports above the API, never on it", () => {
    expect(metricsPort(serviceEntry("auth"))).toBe(9010);
    for (const s of catalog) expect(catalog.map((c) => c.port)).not.toContain(metricsPort(s));
  });

  it("puts every service but the gateway behind the gateway", () => {
    expect(backendServices.map((s) => s.name)).toEqual(catalog.map((s) => s.name).filter((n) => n !== "gateway"));
    expect(backendServices).toHaveLength(catalog.length - 1);
  });
});
