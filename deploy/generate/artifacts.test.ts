import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { renderArtifacts } from "./artifacts.ts";

const deployDir = join(import.meta.dirname, "..");

describe("generated deploy artifacts", () => {
  it.each(renderArtifacts().map(([path, text]) => [path, text]))(
    "deploy/%s matches the catalog (run `npm run generate`)",
    (path, text) => {
      expect(readFileSync(join(deployDir, path), "utf8")).toBe(text);
    },
  );

  it("kong.yml carries every edge policy of the catalog", () => {
    const kong = parse(renderArtifacts().find(([p]) => p === "kong/kong.yml")![1]);
    const route = (name: string) =>
      kong.services.flatMap((s: { routes: unknown[] }) => s.routes).find((r: { name: string }) => r.name === name);
    const plugin = (r: { plugins?: { name: string; config: Record<string, unknown> }[] }, name: string) =>
      r.plugins?.find((p) => p.name === name);
    expect(plugin(route("sandbox-run"), "rate-limiting")!.config).toMatchObject({ minute: 30, limit_by: "header" });
    expect(plugin(route("auth-sign-in"), "rate-limiting")!.config).toMatchObject({ minute: 10, limit_by: "ip" });
    expect(plugin(route("triage-chat"), "jwt")).toBeDefined();
    expect(plugin(route("auth-sign-in"), "jwt")).toBeUndefined();
    expect(plugin(route("sandbox-test"), "request-termination")!.config).toMatchObject({ status_code: 404 });
    expect(plugin(route("sandbox-run"), "request-size-limiting")!.config).toMatchObject({
      allowed_payload_size: 640,
      size_unit: "kilobytes",
    });
    expect(kong.plugins.map((p: { name: string }) => p.name).sort()).toEqual([
      "correlation-id",
      "cors",
      "pre-function",
    ]);
    // before routing, the one canonical spelling of a path; before jwt and rate-limiting, the user's id
    const pre = kong.plugins.find((p: { name: string }) => p.name === "pre-function").config;
    expect(pre.rewrite[0]).toContain("path_problem(kong.request.get_raw_path())");
    expect(pre.access[0]).toContain('clear_header("x-emberlearn-service")');
    expect(plugin(route("sandbox-run"), "rate-limiting")!.config).toMatchObject({
      limit_by: "header",
      header_name: "x-emberlearn-user",
    });
    const submit = route("exercise-exercises-exerciseId-submissions");
    expect(submit.paths).toEqual(["~/api/exercise/exercises/[^/]+/submissions(/|$)"]);
    expect(plugin(submit, "rate-limiting")!.config).toMatchObject({ minute: 30 });
    for (const name of ["concepts-tutor", "debug-tutor", "exercise-tutor", "progress-tutor", "code-review-tutor"]) {
      expect(plugin(route(name), "request-termination"), name).toBeDefined();
      expect(route(name).methods, name).toBeUndefined();
    }
    // keys by kid (rotation), aud checked after jwt, limits shared by every replica through Redis
    expect(plugin(route("triage-chat"), "jwt")!.config).toMatchObject({ key_claim_name: "kid" });
    expect(plugin(route("triage-chat"), "post-function")!.config.access).toHaveLength(1);
    expect(plugin(route("sandbox-run"), "rate-limiting")!.config).toMatchObject({
      policy: "redis",
      redis: { host: "kong-redis" },
    });
    // the committed file has no keys: `npm run kong:config` (or Kong's init container) adds them
    expect(kong.consumers[0]).toMatchObject({ username: "emberlearn-auth", jwt_secrets: [] });
  });
});
