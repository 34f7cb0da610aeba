import { describe, expect, it } from "vitest";
import { backendServices } from "./catalog.ts";
import { isInternalPath, matchPolicy, policyPathPattern, rateLimitKey } from "./policy.ts";

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

  it("matches :param segments, most specific first", () => {
    const submit = matchPolicy(backendServices, "POST", "/api/exercise/exercises/list-comp/submissions")!;
    expect(submit.policy).toMatchObject({ path: "/exercises/:exerciseId/submissions", rateLimit: { max: 30 } });
    expect(matchPolicy(backendServices, "GET", "/api/exercise/exercises/list-comp/submissions")?.policy.path).toBe("");
    expect(matchPolicy(backendServices, "PUT", "/api/exercise/exercises/list-comp")?.policy.rateLimit?.max).toBe(20);
    expect(matchPolicy(backendServices, "POST", "/api/exercise/exercises")?.policy.path).toBe("/exercises");
    expect(matchPolicy(backendServices, "POST", "/api/exercise/exercises//submissions")?.policy.path).toBe(
      "/exercises",
    );
    expect(matchPolicy(backendServices, "POST", "/api/exercise/generate")?.policy.rateLimit?.max).toBe(6);
  });

  it("marks the tutor specialists internal, whatever the method", () => {
    for (const name of ["concepts", "code-review", "debug", "exercise", "progress"]) {
      const service = backendServices.find((s) => s.name === name)!;
      expect(isInternalPath(service, "/tutor"), name).toBe(true);
      expect(matchPolicy(backendServices, "POST", `${service.prefix}/tutor`)?.policy.internal).toBe(true);
    }
    expect(isInternalPath(backendServices.find((s) => s.name === "sandbox")!, "/test")).toBe(true);
    expect(isInternalPath(backendServices.find((s) => s.name === "sandbox")!, "/run")).toBe(false);
  });

  it("writes a policy path as an anchored-prefix regular expression for Kong", () => {
    const pattern = new RegExp(`^${policyPathPattern("/api/exercise", "/exercises/:exerciseId/submissions")}`);
    expect(pattern.test("/api/exercise/exercises/list-comp/submissions")).toBe(true);
    expect(pattern.test("/api/exercise/exercises/list-comp/submissions/x")).toBe(true);
    expect(pattern.test("/api/exercise/exercises/list-comp/submissionsx")).toBe(false);
    expect(pattern.test("/api/exercise/exercises//submissions")).toBe(false);
  });
});
