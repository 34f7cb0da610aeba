// biome-ignore-all lint/suspicious/noExplicitAny: an entity is parsed YAML of any shape; these checks are what
// find out its shape, so they read it loosely
import { t, validateKey, type Field } from "./fields.ts";

// Kong 3.9.3's schemas for what EmberLearn's kong.yml uses, read from Kong's public source at
// that tag and restated here (not vendored): kong/db/schema/entities/{services,routes,consumers,
// plugins}.lua, routes_subschemas.lua, kong/plugins/jwt/daos.lua, kong/plugins/<name>/schema.lua,
// kong/tools/redis/schema.lua, kong/db/schema/others/declarative_config.lua. Kong runs DB-less
// (KONG_DATABASE=off), which is what rate-limiting's policy choices depend on. The plugins' schemas are in
// kong-3.9.3-plugins.ts.

export type Check = (entity: Record<string, any>) => string | undefined;
export interface EntitySchema {
  fields: Record<string, Field>;
  checks?: Check[];
}

export const present = (v: unknown) =>
  v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0) && v !== "";
export const atLeastOneOf =
  (...names: string[]): Check =>
  (e) => {
    const get = (path: string) => path.split(".").reduce<any>((o, k) => o?.[k], e);
    return names.some((n) => present(get(n)))
      ? undefined
      : `at least one of these fields must be non-empty: ${names.map((n) => `'${n}'`).join(", ")}`;
  };

const nonzeroTimeout = (d: number) => t.timeout({ between: [1, 2 ** 31 - 2], default: d });

export const services: EntitySchema = {
  fields: {
    id: t.uuid(),
    name: t.utf8Name(),
    retries: t.integer({ default: 5, between: [0, 32767] }),
    protocol: t.string({
      required: true,
      default: "http",
      one_of: ["grpc", "grpcs", "http", "https", "tcp", "tls", "tls_passthrough", "udp", "ws", "wss"],
    }),
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
    (e) =>
      ["tcp", "tls", "udp", "grpc", "grpcs"].includes(e.protocol) && e.path ? "value must be null (path)" : undefined,
    (e) =>
      !["https", "tls"].includes(e.protocol) && e.tls_verify !== undefined
        ? "value must be null (tls_verify)"
        : undefined,
  ],
};

export const routes: EntitySchema = {
  fields: {
    id: t.uuid(),
    name: t.utf8Name(),
    protocols: t.set(
      t.string({ one_of: ["grpc", "grpcs", "http", "https", "tcp", "tls", "tls_passthrough", "udp", "ws", "wss"] }),
      {
        required: true,
        len_min: 1,
        default: ["http", "https"],
      },
    ),
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
