// biome-ignore-all lint/suspicious/noExplicitAny: the config is parsed YAML of any shape; the validator is what
// finds out its shape, so it reads it loosely
import type { Field } from "./fields.ts";
import { consumers, jwtSecrets, pluginEntity, routes, services, type EntitySchema } from "./kong-3.9.3.ts";
import { BUNDLED_PLUGINS, plugins } from "./kong-3.9.3-plugins.ts";

// Validates a DB-less declarative config the way Kong 3.9.3 does on load (kong/db/schema/init.lua,
// others/declarative_config.lua): unknown fields refused, defaults filled in, every field's type
// and constraints, each entity's checks, each plugin's config schema, and unique names.
// An empty result means Kong would accept the file (within the entities EmberLearn uses; any
// other top-level entity is reported, not silently passed).

export interface KongError {
  path: string;
  message: string;
}

type Obj = Record<string, any>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

function defaultsOf(fields: Record<string, Field>): Obj {
  const out: Obj = {};
  for (const [k, f] of Object.entries(fields)) {
    if (f.default !== undefined) out[k] = structuredClone(f.default);
    else if (f.type === "record" && f.fields) out[k] = defaultsOf(f.fields);
  }
  return out;
}

/** a part an array, map or record field always has (t.array, t.map and t.record set it) */
function partOf<T>(part: T | undefined, path: string): T {
  if (part === undefined) throw new Error(`${path}: its schema has no element, key, value or field types`);
  return part;
}

class Validator {
  errors: KongError[] = [];
  fail(path: string, message: string) {
    this.errors.push({ path, message });
  }

  field(f: Field, value: unknown, path: string) {
    if (value === undefined || value === null) {
      if (f.required) this.fail(path, "required field missing");
      return;
    }
    if (f.must_be_null) return this.fail(path, "value must be null");
    const scalar = () => {
      if (f.one_of && !f.one_of.includes(value)) return this.fail(path, `expected one of: ${f.one_of.join(", ")}`);
      if (typeof value === "number") {
        if (f.between && (value < f.between[0] || value > f.between[1]))
          return this.fail(path, `value should be between ${f.between[0]} and ${f.between[1]}`);
        if (f.gt !== undefined && !(value > f.gt)) return this.fail(path, `value must be greater than ${f.gt}`);
      }
      const err = f.custom?.(value as never);
      if (err) this.fail(path, err);
    };
    switch (f.type) {
      case "string": {
        if (typeof value !== "string") return this.fail(path, "expected a string");
        if (value.length < (f.len_min ?? 1)) return this.fail(path, `length must be at least ${f.len_min ?? 1}`);
        if (f.starts_with && !value.startsWith(f.starts_with))
          return this.fail(path, `should start with: ${f.starts_with}`);
        for (const m of f.match_none ?? []) if (m.pattern.test(value)) return this.fail(path, m.err);
        if (f.match_any && !f.match_any.patterns.some((p) => p.test(value))) return this.fail(path, f.match_any.err);
        return scalar();
      }
      case "integer":
        if (typeof value !== "number" || !Number.isInteger(value)) return this.fail(path, "expected an integer");
        return scalar();
      case "number":
        if (typeof value !== "number" || !Number.isFinite(value)) return this.fail(path, "expected a number");
        return scalar();
      case "boolean":
        if (typeof value !== "boolean") return this.fail(path, "expected a boolean");
        return scalar();
      case "array":
      case "set":
        if (!Array.isArray(value)) return this.fail(path, `expected ${f.type === "set" ? "a set" : "an array"}`);
        if (f.len_min && value.length < f.len_min) return this.fail(path, `length must be at least ${f.len_min}`);
        value.forEach((v, i) => {
          this.field({ ...partOf(f.elements, path), required: true }, v, `${path}[${i}]`);
        });
        return;
      case "map":
        if (!isObj(value)) return this.fail(path, "expected a map");
        for (const [k, v] of Object.entries(value)) {
          this.field({ ...partOf(f.keys, path), required: true }, k, `${path}.${k}`);
          this.field({ ...partOf(f.values, path), required: true }, v, `${path}.${k}`);
        }
        return;
      case "record": {
        if (!isObj(value)) return this.fail(path, "expected a record");
        const filled = this.record(partOf(f.fields, path), value, path);
        const err = f.record_check?.(filled);
        if (err) this.fail(path, err);
        return;
      }
      case "foreign":
        return;
    }
  }

  /** unknown fields refused, defaults filled in, each field checked; returns the filled record */
  record(fields: Record<string, Field>, value: Obj, path: string, nested: string[] = []): Obj {
    for (const k of Object.keys(value))
      if (!(k in fields) && !nested.includes(k)) this.fail(`${path}.${k}`, "unknown field");
    const filled: Obj = { ...defaultsOf(fields), ...value };
    for (const [k, f] of Object.entries(fields)) this.field(f, filled[k], `${path}.${k}`);
    return filled;
  }

  entity(schema: EntitySchema, value: unknown, path: string, nested: string[] = []): Obj | undefined {
    if (!isObj(value)) {
      this.fail(path, "expected a record");
      return undefined;
    }
    const filled = this.record(schema.fields, value, path, nested);
    for (const check of schema.checks ?? []) {
      const err = check(filled);
      if (err) this.fail(path, err);
    }
    return filled;
  }

  plugin(value: unknown, path: string, under: "service" | "route" | "consumer" | "global", seen: Set<string>) {
    if (!isObj(value)) return this.fail(path, "expected a record");
    const schema = plugins[value.name];
    if (!BUNDLED_PLUGINS.includes(value.name))
      return this.fail(
        `${path}.name`,
        `plugin '${value.name}' not enabled; add it to the 'plugins' configuration property`,
      );
    if (!schema)
      return this.fail(`${path}.name`, `plugin '${value.name}' is bundled but not described by this validator`);
    const fields = {
      ...pluginEntity,
      protocols: schema.protocols,
      config: { ...schema.config, required: true, default: {} },
    };
    const filled = this.entity({ fields, checks: schema.checks }, value, path);
    if (under === "consumer" && schema.noConsumer) this.fail(`${path}.consumer`, "value must be null");
    const key = `${under}:${path.replace(/\.plugins\[\d+\]$/, "")}:${value.name}:${filled?.instance_name ?? ""}`;
    if (seen.has(key)) this.fail(path, `plugin '${value.name}' is configured twice on the same entity`);
    seen.add(key);
  }
}

/** services[].url is shorthand for protocol, host, port and path (entities/services.lua) */
function expandUrl(service: Obj): Obj {
  if (typeof service.url !== "string") return service;
  const { url, ...rest } = service;
  const parsed = new URL(url);
  const protocol = parsed.protocol.replace(/:$/, "");
  const port = parsed.port ? Number(parsed.port) : protocol === "https" ? 443 : 80;
  const hasPath = /^[a-z]+:\/\/[^/]+\/./i.test(url) || /^[a-z]+:\/\/[^/]+\/$/i.test(url);
  return { ...rest, protocol, host: parsed.hostname, port, ...(hasPath ? { path: parsed.pathname } : {}) };
}

export function validateKongConfig(doc: unknown): KongError[] {
  const v = new Validator();
  if (!isObj(doc)) return [{ path: "$", message: "expected a record" }];
  const top = ["_format_version", "_transform", "_comment", "services", "routes", "consumers", "plugins"];
  for (const k of Object.keys(doc))
    if (!top.includes(k)) v.fail(k, `unknown field (or an entity this validator does not check)`);
  if (!["1.1", "2.1", "3.0"].includes(doc._format_version)) v.fail("_format_version", "expected one of: 1.1, 2.1, 3.0");
  if (doc._transform !== undefined && typeof doc._transform !== "boolean") v.fail("_transform", "expected a boolean");
  const unique = new Map<string, string>();
  const once = (kind: string, name: unknown, path: string) => {
    if (typeof name !== "string") return;
    const prior = unique.get(`${kind}:${name}`);
    if (prior) v.fail(path, `UNIQUE violation detected on '{${kind}="${name}"}' (also at ${prior})`);
    else unique.set(`${kind}:${name}`, path);
  };
  const seen = new Set<string>();
  (doc.services ?? []).forEach((raw: unknown, i: number) => {
    const path = `services[${i}]`;
    const s = isObj(raw) ? expandUrl(raw) : raw;
    const filled = v.entity(services, s, path, ["routes", "plugins"]);
    once("services.name", filled?.name, path);
    (isObj(s) ? (s.routes ?? []) : []).forEach((r: unknown, j: number) => {
      const rpath = `${path}.routes[${j}]`;
      const route = v.entity(routes, r, rpath, ["plugins"]);
      once("routes.name", route?.name, rpath);
      ((r as Obj)?.plugins ?? []).forEach((p: unknown, k: number) => {
        v.plugin(p, `${rpath}.plugins[${k}]`, "route", seen);
      });
    });
    (isObj(s) ? (s.plugins ?? []) : []).forEach((p: unknown, k: number) => {
      v.plugin(p, `${path}.plugins[${k}]`, "service", seen);
    });
  });
  (doc.consumers ?? []).forEach((c: unknown, i: number) => {
    const path = `consumers[${i}]`;
    const filled = v.entity(consumers, c, path, ["jwt_secrets", "plugins"]);
    once("consumers.username", filled?.username, path);
    ((c as Obj)?.jwt_secrets ?? []).forEach((secret: unknown, j: number) => {
      const spath = `${path}.jwt_secrets[${j}]`;
      once("jwt_secrets.key", v.entity(jwtSecrets, secret, spath)?.key, spath);
    });
    ((c as Obj)?.plugins ?? []).forEach((p: unknown, k: number) => {
      v.plugin(p, `${path}.plugins[${k}]`, "consumer", seen);
    });
  });
  (doc.plugins ?? []).forEach((p: unknown, k: number) => {
    v.plugin(p, `plugins[${k}]`, "global", seen);
  });
  if (doc.routes?.length)
    v.fail("routes", "top-level routes are not used by EmberLearn's config: nest them under their service");
  return v.errors;
}
