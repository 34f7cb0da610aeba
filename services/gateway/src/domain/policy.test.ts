import { describe, expect, it } from "vitest";
import { backendServices } from "@emberlearn/contracts";
import { matchPolicy, rateLimitKey } from "./policy.ts";

describe("edge policy matching", () => {
  it("picks the most specific route of the matching service", () => {
    expect(matchPolicy(backendServices, "POST", "/api/sandbox/run")?.policy.rateLimit).toEqual({
      max: 30,
      windowSeconds: 60,
      per: "user",
    });
    expect(matchPolicy(backendServices, "GET", "/api/sandbox/status?x=1")?.policy.path).toBe("");
    expect(matchPolicy(backendServices, "POST", "/api/sandbox/test")?.policy.internal).toBe(true);
  });

  it("respects methods and does not match lookalike prefixes", () => {
    expect(matchPolicy(backendServices, "GET", "/api/auth/sign-in")?.policy.path).toBe("");
    expect(matchPolicy(backendServices, "POST", "/api/auth/sign-in")?.policy.rateLimit?.per).toBe("ip");
    expect(matchPolicy(backendServices, "GET", "/api/sandboxes")).toBeUndefined();
    expect(matchPolicy(backendServices, "POST", "/api/sandbox/running")?.policy.path).toBe("");
  });

  it("counts per user where configured, per IP otherwise", () => {
    const run = matchPolicy(backendServices, "POST", "/api/sandbox/run")!;
    expect(rateLimitKey(run, "1.2.3.4", "u1")).toBe("sandbox/run|user:u1");
    expect(rateLimitKey(run, "1.2.3.4", undefined)).toBe("sandbox/run|ip:1.2.3.4");
    const signIn = matchPolicy(backendServices, "POST", "/api/auth/sign-in")!;
    expect(rateLimitKey(signIn, "1.2.3.4", "u1")).toBe("auth/sign-in|ip:1.2.3.4");
  });
});
