import { createPublicKey } from "node:crypto";
import { spawnSync } from "node:child_process";

// The building blocks of Kong's schemas (kong/db/schema/typedefs.lua and the validators in
// kong/db/schema/init.lua, Kong 3.9.3), restated in our own terms for the validator. Each
// definition names the Lua it was read from.

export type FieldType = "string" | "integer" | "number" | "boolean" | "array" | "set" | "record" | "map" | "foreign";

export interface Field {
  type: FieldType;
  required?: boolean;
  default?: unknown;
  one_of?: unknown[];
  between?: [number, number];
  gt?: number;
  /** strings: Kong's default is 1 (init.lua: "empty strings are not accepted by default") */
  len_min?: number;
  starts_with?: string;
  match_none?: { pattern: RegExp; err: string }[];
  match_any?: { patterns: RegExp[]; err: string };
  /** returns the error message, or undefined when valid */
  custom?: (value: never) => string | undefined;
  /** must be absent (typedefs.no_consumer and friends) */
  must_be_null?: boolean;
  elements?: Field;
  fields?: Record<string, Field>;
  keys?: Field;
  values?: Field;
  /** record-level custom_validator */
  record_check?: (record: Record<string, unknown>) => string | undefined;
}

const str = (extra: Partial<Field> = {}): Field => ({ type: "string", ...extra });

// typedefs.lua validate_host: an IP or a hostname, no port
const HOSTNAME =
  /^(?=.{1,253}$)([a-zA-Z0-9_]([a-zA-Z0-9_-]{0,61}[a-zA-Z0-9_])?)(\.[a-zA-Z0-9_]([a-zA-Z0-9_-]{0,61}[a-zA-Z0-9_])?)*$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
export function validateHost(host: string): string | undefined {
  if (/:\d+$/.test(host) && !host.includes("]")) return "must not have a port";
  if (IPV4.test(host) || HOSTNAME.test(host) || /^\[?[0-9a-fA-F:]+\]?$/.test(host)) return undefined;
  return `invalid value: ${host}`;
}

// typedefs.lua validate_path: RFC 3986 unreserved + sub-delims + ":@%/", percent-encoding well formed
export function validatePath(path: string): string | undefined {
  if (!/^\/[\w.\-~/%:@!$&'()*+,;=]*$/.test(path))
    return `invalid path: '${path}' (characters outside of the reserved list of RFC 3986 found)`;
  const bad = path.replace(/%[0-9a-fA-F]{2}/g, "___").match(/%.?.?/);
  if (bad) return `invalid url-encoded value: '${bad[0]}'`;
  return undefined;
}

// typedefs.lua validate_path_with_regexes: prefix paths must be in normalized form (kong.tools.uri)
function validateRouterPath(path: string): string | undefined {
  if (path.startsWith("~")) {
    try {
      new RegExp(path.slice(1));
      return undefined;
    } catch (err) {
      return `invalid regex: '${path.slice(1)}' (${(err as Error).message})`;
    }
  }
  const invalid = validatePath(path);
  if (invalid) return invalid;
  const normalized = normalizePath(path);
  return normalized === path ? undefined : `non-normalized path, consider use '${normalized}' instead`;
}

function normalizePath(path: string): string {
  // decode percent-encoded unreserved characters, uppercase the rest, remove dot segments
  const decoded = path.replace(/%([0-9a-fA-F]{2})/g, (m, hex: string) => {
    const ch = String.fromCharCode(Number.parseInt(hex, 16));
    return /[\w.\-~]/.test(ch) ? ch : m.toUpperCase();
  });
  const out: string[] = [];
  for (const segment of decoded.split("/").slice(1)) {
    if (segment === ".") continue;
    if (segment === "..") out.pop();
    else out.push(segment);
  }
  return `/${out.join("/")}`;
}

// kong.tools.http validate_header_name
const validateHeaderName = (name: string) =>
  /^[a-zA-Z0-9_-]+$/.test(name)
    ? undefined
    : `bad header name '${name}', allowed characters are A-Z, a-z, 0-9, '_', and '-'`;

// typedefs.lua validate_utf8_name / validate_tag
const validateUtf8Name = (name: string) =>
  /^[\w.\-~\u0080-\u{10ffff}]+$/u.test(name)
    ? undefined
    : `invalid value '${name}': the only accepted ascii characters are alphanumerics or ., -, _, and ~`;
const validateTag = (tag: string) =>
  /^[ !-+\-.0-~\u0080-\u{10ffff}]+$/u.test(tag) && !tag.includes(",") && !tag.includes("/")
    ? undefined
    : `invalid tag '${tag}': expected printable ascii (except \`,\` and \`/\`) or valid utf-8 sequences`;

/** jwt daos.lua validate_ssl_key: what resty.openssl.pkey.new accepts, here OpenSSL through Node */
export function validateKey(key: string): string | undefined {
  try {
    createPublicKey(key);
    return undefined;
  } catch {
    return "invalid key";
  }
}

/** pre-function _schema.lua: `loadstring(fun)` — compiled by LuaJIT, Kong's Lua */
export function validateLua(code: string): string | undefined {
  const res = spawnSync(
    "luajit",
    ["-e", "local ok, err = loadstring(io.read('*a')); if not ok then io.stderr:write(err); os.exit(1) end"],
    {
      input: code,
      encoding: "utf8",
    },
  );
  if (res.error)
    throw new Error(`luajit is needed to check Lua in Kong plugins (apt-get install luajit): ${res.error.message}`);
  return res.status === 0 ? undefined : `error parsing post-function: ${res.stderr.trim()}`;
}

export const PROTOCOLS = ["grpc", "grpcs", "http", "https", "tcp", "tls", "tls_passthrough", "udp", "ws", "wss"];
const HTTP_PROTOCOLS = ["grpc", "grpcs", "http", "https", "ws", "wss"];

export const t = {
  string: str,
  boolean: (extra: Partial<Field> = {}): Field => ({ type: "boolean", ...extra }),
  integer: (extra: Partial<Field> = {}): Field => ({ type: "integer", ...extra }),
  number: (extra: Partial<Field> = {}): Field => ({ type: "number", ...extra }),
  array: (elements: Field, extra: Partial<Field> = {}): Field => ({ type: "array", elements, ...extra }),
  set: (elements: Field, extra: Partial<Field> = {}): Field => ({ type: "set", elements, ...extra }),
  record: (fields: Record<string, Field>, extra: Partial<Field> = {}): Field => ({ type: "record", fields, ...extra }),
  uuid: () => str(),
  host: (extra: Partial<Field> = {}) => str({ custom: validateHost as never, ...extra }),
  port: (extra: Partial<Field> = {}): Field => ({ type: "integer", between: [0, 65535], ...extra }),
  path: () =>
    str({
      starts_with: "/",
      match_none: [{ pattern: /\/\//, err: "must not have empty segments" }],
      custom: validatePath as never,
    }),
  routerPath: () =>
    str({
      match_any: { patterns: [/^\//, /^~\//], err: "should start with: / (fixed path) or ~/ (regex path)" },
      match_none: [{ pattern: /\/\//, err: "must not have empty segments" }],
      custom: validateRouterPath as never,
    }),
  headerName: () => str({ custom: validateHeaderName as never }),
  timeout: (extra: Partial<Field> = {}): Field => ({ type: "integer", between: [0, 2 ** 31 - 2], ...extra }),
  utf8Name: () => str({ custom: validateUtf8Name as never }),
  tags: () => ({ type: "set", elements: str({ required: true, custom: validateTag as never }) }) as Field,
  protocolsHttp: (): Field => ({
    type: "set",
    required: true,
    default: HTTP_PROTOCOLS,
    elements: str({ one_of: HTTP_PROTOCOLS }),
  }),
  protocols: (): Field => ({
    type: "set",
    required: true,
    default: HTTP_PROTOCOLS,
    elements: str({ one_of: PROTOCOLS }),
  }),
  noConsumer: (): Field => ({ type: "foreign", must_be_null: true }),
  methods: (): Field => ({
    type: "set",
    elements: str({ match_any: { patterns: [/^[A-Z]+$/], err: "invalid value" } }),
  }),
};
