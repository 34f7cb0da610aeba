import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ConfigError, env, parseConfig } from "../config.ts";
import { platformConfigSchema, serviceUrl } from "./config.ts";
import { configFor, defineService } from "./service-module.ts";
import { checkRetention, retentionOf, topicSettingsOf } from "./events-config.ts";

// A wrong setting stops a service with one line naming the variable, what it must be and what it got.

const platform = (vars: Record<string, string>) => parseConfig(platformConfigSchema, vars);
const problem = (vars: Record<string, string>) => {
  try {
    platform(vars);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error("expected a config error");
};

describe("service configuration", () => {
  it("has working defaults", () => {
    const c = platform({});
    expect(c).toMatchObject({
      DATA_DIR: "./data",
      LOG_LEVEL: "info",
      HOST: "127.0.0.1",
      AUTH_ISSUER: "http://localhost:8000",
      AUTH_AUDIENCE: "emberlearn",
      TRUST_PROXY: "false",
      OPENAI_MODEL: "gpt-4o-mini",
      KAFKA_PARTITIONER: "murmur2",
      KAFKA_TOPIC_PARTITIONS: 3,
      KAFKA_REPLICATION_FACTOR: -1,
    });
    expect(c.DATABASE_URL).toBeUndefined();
  });

  it("names the variable, the rule and the value in one line", () => {
    expect(problem({ LOG_LEVEL: "loud" })).toBe(
      'config error: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
    );
    expect(problem({ DATABASE_URL: "mysql://x" })).toBe(
      'config error: DATABASE_URL must be a postgres:// or postgresql:// URL (got "mysql://x")',
    );
    expect(problem({ SANDBOX_URL: "not a url" })).toBe(
      'config error: SANDBOX_URL must be a URL such as http://localhost:8010 (got "not a url")',
    );
    expect(problem({ SERVICE_TOKEN_SECRET: `${"a".repeat(32)},short` })).toMatch(
      /^config error: SERVICE_TOKEN_SECRET must be at least 32 characters \(each, if several\) \(got "a{32},short"\)$/,
    );
    expect(problem({ TRUST_PROXY: "yes" })).toBe('config error: TRUST_PROXY must be true or false (got "yes")');
    expect(problem({ KAFKA_TOPIC_PARTITIONS: "1.5" })).toMatch(/^config error: KAFKA_TOPIC_PARTITIONS /);
    expect(problem({ KAFKA_PARTITIONER: "random" })).toMatch(/must be one of .* \(the same for every writer\)/);
    expect(problem({ DAPR_API_TOKEN: "short" })).toBe(
      'config error: DAPR_API_TOKEN must be at least 16 characters (got "short")',
    );
  });

  it("cuts a long value and says when a required one is not set", () => {
    const long = `postgres ${"x".repeat(60)}`;
    expect(problem({ DATABASE_URL: long })).toBe(
      `config error: DATABASE_URL must be a postgres:// or postgresql:// URL (got "${long.slice(0, 40)}…")`,
    );
    const schema = z.object({ PORT: env.port(8000), NEEDED: z.string({ message: "must be set" }) });
    expect(() => parseConfig(schema, {})).toThrow("config error: NEEDED must be set (it is not set)");
  });

  it("reads ports, lists and postgres URLs", () => {
    const schema = z.object({ PORT: env.port(8000), LIST: env.list().optional(), DB: env.databaseUrl() });
    expect(parseConfig(schema, {})).toEqual({ PORT: 8000 });
    expect(parseConfig(schema, { PORT: "65535", LIST: " a, ,b ,", DB: "postgresql://u@h/db" })).toEqual({
      PORT: 65535,
      LIST: ["a", "b"],
      DB: "postgresql://u@h/db",
    });
    for (const bad of ["0", "65536", "80.5", "http"])
      expect(() => parseConfig(schema, { PORT: bad }), bad).toThrow(/^config error: PORT must be a TCP port/);
    expect(() => parseConfig(schema, { DB: "postgres://has space" })).toThrow(ConfigError);
  });

  it("finds another service at its override, its Dapr sidecar, or the catalog's port", () => {
    expect(serviceUrl(platform({}), "sandbox")).toBe("http://127.0.0.1:8007");
    expect(serviceUrl(platform({ CODE_REVIEW_URL: "http://review:9000" }), "code-review")).toBe("http://review:9000");
    expect(serviceUrl(platform({ DAPR_HTTP_PORT: "3500" }), "auth")).toBe(
      "http://127.0.0.1:3500/v1.0/invoke/auth/method",
    );
    expect(serviceUrl(platform({ DAPR_HTTP_PORT: "3500", AUTH_URL: "http://a:1" }), "auth")).toBe("http://a:1");
  });
});

describe("event settings", () => {
  it("turns days and hours into milliseconds", () => {
    const c = platform({ KAFKA_MIN_INSYNC_REPLICAS: "2", OUTBOX_RETENTION_HOURS: "2" });
    expect(topicSettingsOf(c)).toEqual({
      partitions: 3,
      replicationFactor: -1,
      minInsyncReplicas: 2,
      retentionMs: 7 * 86_400_000,
      deadLetterRetentionMs: 30 * 86_400_000,
    });
    expect(retentionOf(c)).toEqual({ outboxRetentionMs: 2 * 3_600_000, inboxRetentionMs: 35 * 86_400_000 });
  });

  it("refuses an inbox kept no longer than the dead letters, which could apply a replay twice", () => {
    expect(() => checkRetention(platform({}))).not.toThrow();
    expect(() => checkRetention(platform({ INBOX_RETENTION_DAYS: "30" }))).toThrow(
      "config error: INBOX_RETENTION_DAYS must be longer than KAFKA_DLQ_RETENTION_DAYS (30), " +
        'or a replayed dead letter could be applied twice (got "30")',
    );
    expect(() => checkRetention(platform({ INBOX_RETENTION_DAYS: "31" }))).not.toThrow();
  });
});

describe("a module's typed config", () => {
  const module = defineService({
    name: "debug",
    configSchema: z.object({ HINT_LIMIT: z.coerce.number({ message: "must be a number" }).int().default(3) }),
    create: async ({ config }) => {
      // typed: a number, not unknown (tsc fails here if the schema's type is lost)
      const limit: number = config.HINT_LIMIT;
      throw new Error(`not started (${limit})`);
    },
  });

  it("parses the platform's and the module's variables, with their defaults", () => {
    expect(configFor(module).HINT_LIMIT).toBe(3);
    expect(configFor(module, { HINT_LIMIT: "5" }).HINT_LIMIT).toBe(5);
    expect(configFor(module).AUTH_AUDIENCE).toBe("emberlearn");
  });

  it("refuses a bad module variable the way the runners do", () => {
    expect(() => configFor(module, { HINT_LIMIT: "lots" })).toThrow(
      'config error: HINT_LIMIT must be a number (got "lots")',
    );
  });
});
