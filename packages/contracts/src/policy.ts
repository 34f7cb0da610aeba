import type { RoutePolicy, ServiceEntry } from "./catalog.ts";

// Which catalog policy applies to a request or a route: the most specific route of the service whose
// prefix matches, filtered by method. Pure and shared, so the embedded gateway (per request), every
// service factory (per registered route) and the Kong generator read the catalog the same way.
// A policy path is a prefix of whole segments; a `:name` segment stands for any one segment.

export interface MatchedPolicy {
  service: ServiceEntry;
  policy: RoutePolicy;
}

/** The policy of one service for a path below its prefix ("/run", "/exercises/abc/submissions"). */
export function matchServicePolicy(service: ServiceEntry, method: string, rest: string): RoutePolicy | undefined {
  const segments = rest.split("/").slice(1);
  const candidates = service.routes
    .filter((r) => coversPath(r.path, segments))
    .filter((r) => !r.methods || r.methods.includes(method.toUpperCase()))
    .sort((a, b) => specificity(b.path) - specificity(a.path));
  return candidates[0];
}

export function matchPolicy(services: ServiceEntry[], method: string, url: string): MatchedPolicy | undefined {
  const path = url.split("?")[0];
  const service = services.find((s) => path === s.prefix || path.startsWith(`${s.prefix}/`));
  if (!service) return undefined;
  const policy = matchServicePolicy(service, method, path.slice(service.prefix.length));
  return policy ? { service, policy } : undefined;
}

/** Whether any method of this path is internal: the edge hides such a path whatever the method. */
export function isInternalPath(service: ServiceEntry, rest: string): boolean {
  const segments = rest.split("/").slice(1);
  return service.routes.some((r) => r.internal && coversPath(r.path, segments));
}

function coversPath(policyPath: string, segments: string[]): boolean {
  if (policyPath === "") return true;
  const wanted = policyPath.split("/").slice(1);
  if (segments.length < wanted.length) return false;
  return wanted.every((w, i) => (w.startsWith(":") ? segments[i] !== "" : w === segments[i]));
}

/** More segments first; among equals, more literal segments first. */
function specificity(policyPath: string): number {
  if (policyPath === "") return 0;
  const wanted = policyPath.split("/").slice(1);
  return wanted.length * 100 + wanted.filter((w) => !w.startsWith(":")).length;
}

/** A policy path as a regular expression over the full path (for Kong's regex routes). */
export function policyPathPattern(prefix: string, policyPath: string): string {
  const body = policyPath
    .split("/")
    .slice(1)
    .map((w) => (w.startsWith(":") ? "[^/]+" : w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return `${prefix}/${body}(/|$)`;
}

export function hasPathParameters(policyPath: string): boolean {
  return policyPath.split("/").some((w) => w.startsWith(":"));
}

/**
 * The rate-limit bucket a request counts against: the signed-in user's id (the token's subject, so
 * a new token does not buy a new bucket) where the policy counts per user, the client IP otherwise.
 */
export function rateLimitKey(match: MatchedPolicy, ip: string, userId: string | undefined): string {
  const who = match.policy.rateLimit?.per === "user" && userId ? `user:${userId}` : `ip:${ip}`;
  return `${match.service.name}${match.policy.path}|${who}`;
}
