import { t, validateKey, validateLua, type Field } from "./fields.ts";

// Kong 3.9.3's schemas for what EmberLearn's kong.yml uses, read from Kong's public source at
// that tag and restated here (not vendored): kong/db/schema/entities/{services,routes,consumers,
// plugins}.lua, routes_subschemas.lua, kong/plugins/jwt/daos.lua, kong/plugins/<name>/schema.lua,
// kong/tools/redis/schema.lua, kong/db/schema/others/declarative_config.lua. Kong runs DB-less
// (KONG_DATABASE=off), which is what rate-limiting's policy choices depend on.

export type Check = (entity: Record<string, any>) => string | undefined;
export interface EntitySchema {
  fields: Record<string, Field>;
  checks?: Check[];
}

const present = (v: unknown) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0) && v !== "";
const atLeastOneOf =
  (...names: string[]): Check =>
  (e) => {
    const get = (path: string) => path.split(".").reduce<any>((o, k) => o?.[k], e);
    return names.some((n) => present(get(n))) ? undefined : `at least one of these fields must be non-empty: ${names.map((n) => `'${n}'`).join(", ")}`;
  };

const nonzeroTimeout = (d: number) => t.timeout({ between: [1, 2 ** 31 - 2], default: d });

export const services: EntitySchema = {
  fields: {
    id: t.uuid(),
    name: t.utf8Name(),
    retries: t.integer({ default: 5, between: [0, 32767] }),
    protocol: t.string({ required: true, default: "http", one_of: ["grpc", "grpcs", "http", "https", "tcp", "tls", "tls_passthrough", "udp", "ws", "wss"] }),
    host: t.host({ required: true }),
    port: t.port({ required: true, default: 80 }),
    path: t.path(),
    connect_timeout: nonzeroTimeout(60000),
    write_timeout: nonzeroTimeout(60000),
    read_timeout: nonzeroTimeout(60000),
    tags: t.tags(),
    tls_verify: t.boolean(),
    enabled: t.boolean({ required: true, default: true }),
  },
  checks: [
    (e) => (["tcp", "tls", "udp", "grpc", "grpcs"].includes(e.protocol) && e.path ? "value must be null (path)" : undefined),
    (e) => (!["https", "tls"].includes(e.protocol) && e.tls_verify !== undefined ? "value must be null (tls_verify)" : undefined),
  ],
};

export const routes: EntitySchema = {
  fields: {
    id: t.uuid(),
    name: t.utf8Name(),
    protocols: t.set(t.string({ one_of: ["grpc", "grpcs", "http", "https", "tcp", "tls", "tls_passthrough", "udp", "ws", "wss"] }), {
      required: true,
      len_min: 1,
      default: ["http", "https"],
    }),
    https_redirect_status_code: t.integer({ required: true, default: 426, one_of: [426, 301, 302, 307, 308] }),
    strip_path: t.boolean({ required: true, default: true }),
    preserve_host: t.boolean({ required: true, default: false }),
    request_buffering: t.boolean({ required: true, default: true }),
    response_buffering: t.boolean({ required: true, default: true }),
    tags: t.tags(),
    methods: t.methods(),
    hosts: t.array(t.string()),
    paths: t.array(t.routerPath()),
    headers: { type: "map", keys: t.headerName(), values: t.array(t.string()) },
    regex_priority: t.integer({ default: 0 }),
    path_handling: t.string({ default: "v0", one_of: ["v0", "v1"] }),
  },
  // routes_subschemas.lua, http: at least one matching field
  checks: [
    (e) =>
      e.protocols?.includes("https")
        ? atLeastOneOf("methods", "hosts", "headers", "paths", "snis")(e)
        : e.protocols?.includes("http")
          ? atLeastOneOf("methods", "hosts", "headers", "paths")(e)
          : undefined,
  ],
};

export const consumers: EntitySchema = {
  fields: { id: t.uuid(), username: t.string(), custom_id: t.string(), tags: t.tags() },
  checks: [atLeastOneOf("custom_id", "username")],
};

const ASYMMETRIC = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "EdDSA"];
export const jwtSecrets: EntitySchema = {
  fields: {
    id: t.uuid(),
    key: t.string(),
    secret: t.string(),
    rsa_public_key: t.string(),
    algorithm: t.string({
      default: "HS256",
      one_of: ["HS256", "HS384", "HS512", ...ASYMMETRIC.slice(0, 3), "ES256", "ES384", "ES512", ...ASYMMETRIC.slice(3)],
    }),
    tags: t.tags(),
  },
  checks: [
    (e) => {
      if (!ASYMMETRIC.includes(e.algorithm)) return undefined;
      if (!present(e.rsa_public_key)) return "rsa_public_key: required field missing";
      const err = validateKey(e.rsa_public_key);
      return err ? `rsa_public_key: ${err}` : undefined;
    },
  ],
};

/** the fields every plugin entity has (entities/plugins.lua); `config` comes from the plugin's schema */
export const pluginEntity: Record<string, Field> = {
  id: t.uuid(),
  name: t.string({ required: true }),
  instance_name: t.utf8Name(),
  enabled: t.boolean({ required: true, default: true }),
  tags: t.tags(),
};

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
  for (let i = 0; i < PERIODS.length; i++)
    for (let j = i + 1; j < PERIODS.length; j++) {
      const [lo, hi] = [c[PERIODS[i]!], c[PERIODS[j]!]];
      if (typeof lo === "number" && typeof hi === "number" && hi < lo)
        return `The limit for ${PERIODS[j]}(${hi.toFixed(1)}) cannot be lower than the limit for ${PERIODS[i]}(${lo.toFixed(1)})`;
    }
  if (c.policy !== "redis" && c.sync_rate !== -1) return "sync_rate can only be used with the redis policy";
  if (c.policy === "redis" && c.sync_rate !== -1 && c.sync_rate < 0.02) return "sync_rate must be greater than 0.02, or -1 to disable";
  return undefined;
}

const when = (path: string, is: unknown, then: string): Check => (e) => {
  const get = (p: string) => p.split(".").reduce<any>((o, k) => o?.[k], e);
  return get(path) === is && !present(get(then)) ? `${then}: required field missing` : undefined;
};

const phase = () => t.array(t.string({ required: false, custom: validateLua as never }), { required: true, default: [] });
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
    checks: [(e) => (e.config.maximum_expiration > 0 && !e.config.claims_to_verify?.includes("exp") ? "config.claims_to_verify: must contain 'exp'" : undefined)],
  },
  "rate-limiting": {
    protocols: t.protocolsHttp(),
    config: t.record(
      {
        ...Object.fromEntries(PERIODS.map((p) => [p, t.number({ gt: 0 })])),
        limit_by: t.string({ default: "consumer", one_of: ["consumer", "credential", "ip", "service", "header", "path"] }),
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
          if (presentStr(c.message) && (presentStr(c.content_type) || presentStr(c.body))) return "message cannot be used with content_type or body";
          if (presentStr(c.content_type) && !presentStr(c.body)) return "content_type requires a body";
          if (c.echo && (presentStr(c.content_type) || presentStr(c.body))) return "echo cannot be used with content_type and body";
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
      methods: t.array(t.string({ one_of: ["GET", "HEAD", "PUT", "PATCH", "POST", "DELETE", "OPTIONS", "TRACE", "CONNECT"] }), {
        default: ["GET", "HEAD", "PUT", "PATCH", "POST", "DELETE", "OPTIONS", "TRACE", "CONNECT"],
      }),
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
    checks: [atLeastOneOf(...["certificate", "rewrite", "access", "header_filter", "body_filter", "log"].map((p) => `config.${p}`))],
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
    checks: [atLeastOneOf(...["certificate", "rewrite", "access", "header_filter", "body_filter", "log"].map((p) => `config.${p}`))],
  },
};

/** kong/constants.lua: the plugins Kong 3.9.3 bundles (a name outside this list is "not enabled") */
export const BUNDLED_PLUGINS = [
  "jwt", "acl", "correlation-id", "cors", "oauth2", "tcp-log", "udp-log", "file-log", "http-log", "key-auth", "hmac-auth",
  "basic-auth", "ip-restriction", "request-transformer", "response-transformer", "request-size-limiting", "rate-limiting",
  "response-ratelimiting", "syslog", "loggly", "datadog", "ldap-auth", "statsd", "bot-detection", "aws-lambda",
  "request-termination", "prometheus", "proxy-cache", "session", "acme", "grpc-gateway", "grpc-web", "pre-function",
  "post-function", "azure-functions", "zipkin", "opentelemetry", "ai-proxy", "ai-prompt-decorator", "ai-prompt-template",
  "ai-prompt-guard", "ai-request-transformer", "ai-response-transformer", "standard-webhooks", "redirect",
];
