import type { RoutePolicy, ServiceEntry } from "@emberlearn/contracts";

// Which edge policy applies to a request: the most specific route of the
// service whose prefix matches, filtered by method. Pure, so it is unit-tested
// and shared by the embedded gateway and the Kong generator.

export interface MatchedPolicy {
  service: ServiceEntry;
  policy: RoutePolicy;
}

export function matchPolicy(services: ServiceEntry[], method: string, url: string): MatchedPolicy | undefined {
  const path = url.split("?")[0]!;
  const service = services.find((s) => path === s.prefix || path.startsWith(s.prefix + "/"));
  if (!service) return undefined;
  const rest = path.slice(service.prefix.length);
  const candidates = service.routes
    .filter((r) => r.path === "" || rest === r.path || rest.startsWith(r.path + "/"))
    .filter((r) => !r.methods || r.methods.includes(method.toUpperCase()))
    .sort((a, b) => b.path.length - a.path.length);
  const policy = candidates[0];
  return policy ? { service, policy } : undefined;
}

/** The rate-limit bucket a request counts against. */
export function rateLimitKey(match: MatchedPolicy, ip: string, userId: string | undefined): string {
  const who = match.policy.rateLimit?.per === "user" && userId ? `user:${userId}` : `ip:${ip}`;
  return `${match.service.name}${match.policy.path}|${who}`;
}
