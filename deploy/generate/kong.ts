import {
  backendServices,
  hasPathParameters,
  policyPathPattern,
  WEB_PORT,
  type RoutePolicy,
  type ServiceEntry,
} from "@emberlearn/contracts";
import { canonicalPathLua, userHeaderLua } from "./kong-lua.ts";
import { audiencePlugin, jwtPlugin, kongConsumers, RATE_LIMIT_STORE, type JwtKey } from "./kong-auth.ts";

// Kong 3.x DB-less configuration, generated from the same service catalog that
// drives the embedded gateway. Never edit deploy/kong/kong.yml by hand: run
// `npm run generate` (a test fails when the file and the catalog disagree).

export interface KongOptions {
  /** where Kong reaches each service: the Kubernetes Service name and port */
  upstream: (service: ServiceEntry) => string;
  corsOrigins: string[];
  issuer: string;
  /** the `aud` every token must carry (AUTH_AUDIENCE) */
  audience: string;
  /** the auth service's public keys (from its JWKS); none in the committed file */
  jwtKeys?: JwtKey[];
}

export const defaultKongOptions: KongOptions = {
  upstream: (s) => `http://${s.name}:${s.port}`,
  corsOrigins: ["https://emberlearn.example.org"],
  issuer: "https://emberlearn.example.org",
  audience: "emberlearn",
};

const OPS_PATHS = ["healthz", "readyz", "docs"];

function routeName(service: ServiceEntry, policy: RoutePolicy) {
  return `${service.name}${policy.path ? policy.path.replace(/:/g, "").replace(/\//g, "-") : ""}`;
}

/** A catalog path as a Kong path: a prefix, or (with :params) a regex, which Kong anchors at the start. */
function kongPath(service: ServiceEntry, policy: RoutePolicy): string {
  if (!hasPathParameters(policy.path)) return `${service.prefix}${policy.path}`;
  return `~${policyPathPattern(service.prefix, policy.path)}`;
}

function policyPlugins(policy: RoutePolicy, options: KongOptions) {
  const plugins: Record<string, unknown>[] = [
    {
      name: "request-size-limiting",
      config: {
        allowed_payload_size: Math.ceil(policy.bodyLimit / 1024),
        size_unit: "kilobytes",
        require_content_length: false,
      },
    },
  ];
  if (policy.auth) plugins.push(jwtPlugin(), audiencePlugin(options.audience));
  if (policy.rateLimit) {
    const window =
      policy.rateLimit.windowSeconds === 60 ? "minute" : policy.rateLimit.windowSeconds === 1 ? "second" : "hour";
    // per user: the token's subject, which the global pre-function puts in x-emberlearn-user (a new
    // token of the same user buys no new allowance); the jwt plugin has verified the token before this
    const by =
      policy.rateLimit.per === "user" ? { limit_by: "header", header_name: "x-emberlearn-user" } : { limit_by: "ip" };
    plugins.push({ name: "rate-limiting", config: { [window]: policy.rateLimit.max, ...RATE_LIMIT_STORE, ...by } });
  }
  return plugins;
}

export function buildKongConfig(options: KongOptions = defaultKongOptions) {
  const services: {
    name: string;
    url: string;
    connect_timeout: number;
    read_timeout: number;
    write_timeout: number;
    routes: Record<string, unknown>[];
  }[] = backendServices.map((service) => {
    const routes: Record<string, unknown>[] = [];
    for (const policy of service.routes) {
      const base = {
        name: routeName(service, policy),
        paths: [kongPath(service, policy)],
        strip_path: false,
        preserve_host: false,
        ...(policy.methods && !policy.internal ? { methods: policy.methods } : {}),
      };
      // internal routes exist for service-to-service calls only: never at the edge, by any method
      if (policy.internal)
        routes.push({
          ...base,
          plugins: [{ name: "request-termination", config: { status_code: 404, message: "Not found" } }],
        });
      else routes.push({ ...base, plugins: policyPlugins(policy, options) });
    }
    routes.push({
      name: `${service.name}-ops`,
      paths: OPS_PATHS.map((p) => `${service.prefix}/${p}`),
      methods: ["GET"],
      strip_path: false,
    });
    routes.push({
      name: `${service.name}-metrics`,
      paths: [`${service.prefix}/metrics`],
      strip_path: false,
      plugins: [{ name: "request-termination", config: { status_code: 404, message: "Not found" } }],
    });
    return {
      name: service.name,
      url: options.upstream(service),
      connect_timeout: 5000,
      read_timeout: 120000,
      write_timeout: 60000,
      routes,
    };
  });
  services.push({
    name: "web",
    url: `http://web:${WEB_PORT}`,
    connect_timeout: 5000,
    read_timeout: 60000,
    write_timeout: 60000,
    routes: [{ name: "web", paths: ["/"], strip_path: false }],
  });

  return {
    _format_version: "3.0",
    _transform: true,
    services,
    consumers: kongConsumers(options.jwtKeys ?? []),
    plugins: [
      // before the router and every other plugin: refuse non-canonical paths; then name the user
      { name: "pre-function", config: { rewrite: [canonicalPathLua], access: [userHeaderLua] } },
      { name: "correlation-id", config: { header_name: "x-correlation-id", generator: "uuid", echo_downstream: true } },
      {
        name: "cors",
        config: {
          origins: options.corsOrigins,
          credentials: true,
          exposed_headers: ["x-correlation-id", "retry-after"],
          methods: ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
          headers: ["authorization", "content-type", "x-correlation-id"],
          max_age: 600,
        },
      },
    ],
  };
}
