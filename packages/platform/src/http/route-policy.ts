import type { FastifyInstance, FastifyRequest, RouteOptions } from "fastify";
import { catalog, matchServicePolicy, type RateLimit } from "@emberlearn/contracts";
import { ForbiddenError, UnauthorizedError } from "../errors.ts";
import { SERVICE_TOKEN_HEADER, serviceIdentity, type ServiceCaller } from "../auth/service-identity.ts";
import { enforceRateLimit, type RateLimitStore } from "./rate-limit.ts";

// The catalog's policy, enforced by the service itself for its own routes, so a request that reaches
// the service's port without the gateway (another spelling, another proxy, a pod on the network)
// meets the same rules: internal routes answer only a service identity; body limits and rate limits
// are the catalog's. A route may also say `internal: true` itself. Calls between services carry a
// service identity and skip the rate limits: the request that caused them was counted at the edge,
// where the student's own limit applies. So do requests the embedded gateway forwards (it presents
// its own identity): counted there, they would otherwise all count here against the gateway's address.

declare module "fastify" {
  interface FastifyRequest {
    /** the calling service, when the request carries a valid service identity */
    serviceCaller?: ServiceCaller;
  }
  interface FastifyContextConfig {
    /** service-to-service only: the caller must present a service identity (a user token is optional) */
    internal?: boolean;
    /** the catalog's rate limit for this route, and the bucket it counts in */
    rateLimit?: RateLimit & { bucket: string };
  }
}

/** The embedded gateway's service name: requests it forwards were limited at the edge already. */
const EDGE = "gateway";

export interface RoutePolicyOptions {
  /** the service's name and prefix, as in the catalog (a service not in the catalog has no policy) */
  name: string;
  prefix: string;
  rateLimitStore: RateLimitStore;
}

export function installRoutePolicy(app: FastifyInstance, options: RoutePolicyOptions) {
  const entry = catalog.find((s) => s.name === options.name && s.prefix === options.prefix);

  app.addHook("onRoute", (route: RouteOptions) => {
    if (!entry || !route.url.startsWith(entry.prefix)) return;
    const methods = [route.method].flat().map(String);
    const policy = matchServicePolicy(entry, methods[0], route.url.slice(entry.prefix.length));
    // probes and docs are the platform's, not the API's: the edge passes them through, and so do we
    if (!policy || /^\/(healthz|readyz|docs)(\/|$)/.test(route.url.slice(entry.prefix.length))) return;
    // a copy: routes may share one config object (e.g. `{ public: true }`), and each gets its own policy
    const config = { ...route.config } as NonNullable<RouteOptions["config"]>;
    if (policy.internal) config.internal = true;
    if (policy.rateLimit) config.rateLimit = { ...policy.rateLimit, bucket: `${entry.name}${policy.path}` };
    route.config = config;
    route.bodyLimit ??= policy.bodyLimit;
  });

  // after the user's token was checked (the bucket of a per-user limit is the token's subject)
  app.addHook("preHandler", async (request) => {
    const config = request.routeOptions.config;
    if (!config.internal && !config.rateLimit) return;
    request.serviceCaller = await callerOf(request, options.name);
    // the gateway proxies students' requests: its identity vouches that the edge counted them, no more
    if (config.internal && (!request.serviceCaller || request.serviceCaller.service === EDGE))
      throw new ForbiddenError("This route is only for EmberLearn's own services");
    const limit = config.rateLimit;
    if (!limit || request.serviceCaller) return;
    const who = limit.per === "user" && request.user ? `user:${request.user.id}` : `ip:${request.ip}`;
    await enforceRateLimit(options.rateLimitStore, `${limit.bucket}|${who}`, limit);
  });
}

async function callerOf(request: FastifyRequest, service: string): Promise<ServiceCaller | undefined> {
  const header = request.headers[SERVICE_TOKEN_HEADER];
  if (header === undefined) return undefined;
  if (typeof header !== "string") throw new UnauthorizedError();
  return serviceIdentity().verify(header, service);
}
