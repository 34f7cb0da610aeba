// biome-ignore-all lint/suspicious/noExplicitAny: a plugin's config is parsed YAML of any shape; these checks are
// what find out its shape, so they read it loosely
import { t, validateLua, type Field } from "./fields.ts";
import { atLeastOneOf, present, type Check } from "./kong-3.9.3.ts";

// Kong 3.9.3's schemas of the bundled plugins EmberLearn's kong.yml uses (kong/plugins/<name>/schema.lua,
// kong/tools/redis/schema.lua), restated like the entities in kong-3.9.3.ts.

export interface PluginSchema {
  protocols: Field;
  /** jwt and cors: `consumer = typedefs.no_consumer` */
  noConsumer?: boolean;
  config: Field;
  checks?: Check[];
}

const redis = t.record({
  host: t.host(),
  port: t.port({ default: 6379 }),
  timeout: t.timeout({ default: 2000 }),
  username: t.string(),
  password: t.string({ len_min: 0 }),
  database: t.integer({ default: 0 }),
  ssl: t.boolean({ default: false }),
  ssl_verify: t.boolean({ default: false }),
  server_name: t.string(),
});

const PERIODS = ["second", "minute", "hour", "day", "month", "year"];
function ratePeriodsInOrder(c: Record<string, any>): string | undefined {
  for (const [i, shorter] of PERIODS.entries())
    for (const longer of PERIODS.slice(i + 1)) {
      const [lo, hi] = [c[shorter], c[longer]];
      if (typeof lo === "number" && typeof hi === "number" && hi < lo) {
        const [high, low] = [`${longer}(${hi.toFixed(1)})`, `${shorter}(${lo.toFixed(1)})`];
        return `The limit for ${high} cannot be lower than the limit for ${low}`;
      }
    }
  if (c.policy !== "redis" && c.sync_rate !== -1) return "sync_rate can only be used with the redis policy";
  if (c.policy === "redis" && c.sync_rate !== -1 && c.sync_rate < 0.02)
    return "sync_rate must be greater than 0.02, or -1 to disable";
  return undefined;
}

const when =
  (path: string, is: unknown, then: string): Check =>
  (e) => {
    const get = (p: string) => p.split(".").reduce<any>((o, k) => o?.[k], e);
    return get(path) === is && !present(get(then)) ? `${then}: required field missing` : undefined;
  };

const phase = () =>
  t.array(t.string({ required: false, custom: validateLua as never }), { required: true, default: [] });
const presentStr = (v: unknown) => typeof v === "string" && v.length > 0;

export const plugins: Record<string, PluginSchema> = {
  jwt: {
    protocols: t.protocolsHttp(),
    noConsumer: true,
    config: t.record({
      uri_param_names: t.set(t.string(), { default: ["jwt"] }),
      cookie_names: t.set(t.string(), { default: [] }),
      key_claim_name: t.string({ default: "iss" }),
      secret_is_base64: t.boolean({ required: true, default: false }),
      claims_to_verify: t.set(t.string({ one_of: ["exp", "nbf"] })),
      anonymous: t.string(),
      run_on_preflight: t.boolean({ required: true, default: true }),
      maximum_expiration: t.number({ default: 0, between: [0, 31536000] }),
      header_names: t.set(t.string(), { default: ["authorization"] }),
      realm: t.string(),
    }),
    checks: [
      (e) =>
        e.config.maximum_expiration > 0 && !e.config.claims_to_verify?.includes("exp")
          ? "config.claims_to_verify: must contain 'exp'"
          : undefined,
    ],
  },
  "rate-limiting": {
    protocols: t.protocolsHttp(),
    config: t.record(
      {
        ...Object.fromEntries(PERIODS.map((p) => [p, t.number({ gt: 0 })])),
        limit_by: t.string({
          default: "consumer",
          one_of: ["consumer", "credential", "ip", "service", "header", "path"],
        }),
        header_name: t.headerName(),
        path: t.path(),
        // DB-less: "cluster" needs a database
        policy: t.string({ default: "local", len_min: 0, one_of: ["local", "redis"] }),
        fault_tolerant: t.boolean({ required: true, default: true }),
        redis,
        hide_client_headers: t.boolean({ required: true, default: false }),
        error_code: t.number({ default: 429, gt: 0 }),
        error_message: t.string({ default: "API rate limit exceeded" }),
        sync_rate: t.number({ required: true, default: -1 }),
      },
      { record_check: ratePeriodsInOrder },
    ),
    checks: [
      atLeastOneOf(...PERIODS.map((p) => `config.${p}`)),
      when("config.policy", "redis", "config.redis.host"),
      when("config.policy", "redis", "config.redis.port"),
      when("config.policy", "redis", "config.redis.timeout"),
      when("config.limit_by", "header", "config.header_name"),
      when("config.limit_by", "path", "config.path"),
    ],
  },
  "request-size-limiting": {
    protocols: t.protocolsHttp(),
    config: t.record({
      allowed_payload_size: t.integer({ default: 128 }),
      size_unit: t.string({ required: true, default: "megabytes", one_of: ["megabytes", "kilobytes", "bytes"] }),
      require_content_length: t.boolean({ required: true, default: false }),
    }),
  },
  "request-termination": {
    protocols: t.protocolsHttp(),
    config: t.record(
      {
        status_code: t.integer({ required: true, default: 503, between: [100, 599] }),
        message: t.string(),
        content_type: t.string(),
        body: t.string(),
        echo: t.boolean({ required: true, default: false }),
        trigger: t.headerName(),
      },
      {
        record_check: (c) => {
          if (presentStr(c.message) && (presentStr(c.content_type) || presentStr(c.body)))
            return "message cannot be used with content_type or body";
          if (presentStr(c.content_type) && !presentStr(c.body)) return "content_type requires a body";
          if (c.echo && (presentStr(c.content_type) || presentStr(c.body)))
            return "echo cannot be used with content_type and body";
          return undefined;
        },
      },
    ),
  },
  "correlation-id": {
    protocols: t.protocolsHttp(),
    config: t.record({
      header_name: t.string({ default: "Kong-Request-ID" }),
      generator: t.string({ required: true, default: "uuid#counter", one_of: ["uuid", "uuid#counter", "tracker"] }),
      echo_downstream: t.boolean({ required: true, default: false }),
    }),
  },
  cors: {
    protocols: t.protocolsHttp(),
    noConsumer: true,
    config: t.record({
      origins: t.array(
        t.string({
          custom: ((v: string) => {
            if (v === "*") return undefined;
            try {
              new RegExp(v);
              return undefined;
            } catch {
              return `'${v}' is not a valid regex`;
            }
          }) as never,
        }),
      ),
      headers: t.array(t.string()),
      exposed_headers: t.array(t.string()),
      methods: t.array(
        t.string({ one_of: ["GET", "HEAD", "PUT", "PATCH", "POST", "DELETE", "OPTIONS", "TRACE", "CONNECT"] }),
        {
          default: ["GET", "HEAD", "PUT", "PATCH", "POST", "DELETE", "OPTIONS", "TRACE", "CONNECT"],
        },
      ),
      max_age: t.number(),
      credentials: t.boolean({ required: true, default: false }),
      private_network: t.boolean({ required: true, default: false }),
      preflight_continue: t.boolean({ required: true, default: false }),
    }),
  },
  "post-function": {
    protocols: t.protocols(),
    noConsumer: true,
    config: t.record({
      certificate: phase(),
      rewrite: phase(),
      access: phase(),
      header_filter: phase(),
      body_filter: phase(),
      log: phase(),
    }),
    checks: [
      atLeastOneOf(
        ...["certificate", "rewrite", "access", "header_filter", "body_filter", "log"].map((p) => `config.${p}`),
      ),
    ],
  },
  // pre- and post-function share one schema (kong/plugins/pre-function/_schema.lua)
  "pre-function": {
    protocols: t.protocols(),
    noConsumer: true,
    config: t.record({
      certificate: phase(),
      rewrite: phase(),
      access: phase(),
      header_filter: phase(),
      body_filter: phase(),
      log: phase(),
    }),
    checks: [
      atLeastOneOf(
        ...["certificate", "rewrite", "access", "header_filter", "body_filter", "log"].map((p) => `config.${p}`),
      ),
    ],
  },
};

/** kong/constants.lua: the plugins Kong 3.9.3 bundles (a name outside this list is "not enabled") */
export const BUNDLED_PLUGINS = [
  "jwt",
  "acl",
  "correlation-id",
  "cors",
  "oauth2",
  "tcp-log",
  "udp-log",
  "file-log",
  "http-log",
  "key-auth",
  "hmac-auth",
  "basic-auth",
  "ip-restriction",
  "request-transformer",
  "response-transformer",
  "request-size-limiting",
  "rate-limiting",
  "response-ratelimiting",
  "syslog",
  "loggly",
  "datadog",
  "ldap-auth",
  "statsd",
  "bot-detection",
  "aws-lambda",
  "request-termination",
  "prometheus",
  "proxy-cache",
  "session",
  "acme",
  "grpc-gateway",
  "grpc-web",
  "pre-function",
  "post-function",
  "azure-functions",
  "zipkin",
  "opentelemetry",
  "ai-proxy",
  "ai-prompt-decorator",
  "ai-prompt-template",
  "ai-prompt-guard",
  "ai-request-transformer",
  "ai-response-transformer",
  "standard-webhooks",
  "redirect",
];
