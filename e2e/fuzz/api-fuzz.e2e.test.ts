import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { catalog, type ServiceName } from "@emberlearn/contracts";
import { startEphemeralPlatform, type EphemeralPlatform } from "../support/ephemeral-platform.ts";
import { digest, ensureSchemathesis, runSchemathesis } from "./schemathesis.ts";

// Every service's OpenAPI document, fuzzed by schemathesis against the real platform (all services
// in this process, on free ports, so this runs beside the fixed-port end-to-end suite). Every check
// runs: no 5xx, every answer as documented (status, content type, headers, body schema), invalid
// input refused, valid input accepted. Signed-in operations use a student created here.
// Rate limits are off (a fuzzer replays a failing case and must get the same answer; the limits
// have their own tests). FUZZ_EXAMPLES and FUZZ_SEED widen or vary the run; the default is fixed.

const EXAMPLES = process.env.FUZZ_EXAMPLES ?? "15";
const SEED = process.env.FUZZ_SEED ?? "20261201";
const CONFIG = join(import.meta.dirname, "schemathesis.toml");

describe("API fuzzing with schemathesis", () => {
  let bin: string;
  let platform: EphemeralPlatform;
  let token: string;

  beforeAll(async () => {
    bin = ensureSchemathesis();
    platform = await startEphemeralPlatform({ rateLimits: "off", env: { LOG_LEVEL: "error" } });
    const res = await fetch(`${platform.url("auth")}/api/auth/sign-up`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "fuzzer@example.org", password: "correct-horse-42", name: "Fuzzer" }),
    });
    expect(res.status).toBe(201);
    token = (await res.json()).accessToken;
  }, 600_000);
  afterAll(() => platform?.stop());

  it.each(catalog.map((s) => [s.name]))(
    "%s: no 5xx and no answer that differs from its OpenAPI document",
    async (name) => {
      const base = platform.url(name as ServiceName);
      const prefix = name === "gateway" ? "/api/gateway" : catalog.find((s) => s.name === name)!.prefix;
      const run = await runSchemathesis(
        bin,
        [
          "--config-file",
          CONFIG,
          "run",
          `${base}${prefix}/docs/json`,
          "--url",
          base,
          "--header",
          `Authorization: Bearer ${token}`,
          "--checks",
          "all",
          "--max-examples",
          EXAMPLES,
          "--seed",
          SEED,
          "--workers",
          "2",
          "--request-timeout",
          "20",
          "--generation-database",
          "none",
          "--no-color",
        ],
        100_000,
      );
      expect(run.code, `schemathesis on ${name} (${run.ms} ms):\n${digest(run.output)}`).toBe(0);
      expect(run.output).toMatch(/\d+ generated, \d+ passed/);
    },
    110_000,
  );
});
