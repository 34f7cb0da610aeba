import compress from "@fastify/compress";
import cors from "@fastify/cors";
import proxy from "@fastify/http-proxy";
import type { FastifyRequest } from "fastify";
import type { IncomingHttpHeaders } from "node:http";
import {
  backendServices,
  isInternalPath,
  matchPolicy,
  rateLimitKey,
  WEB_PORT,
  type MatchedPolicy,
  type ServiceEntry,
} from "@emberlearn/contracts";
import {
  createMemoryRateLimitStore,
  defaultRateLimitStore,
  createService,
  enforceRateLimit,
  serviceUrl,
  AppError,
  NotFoundError,
  SERVICE_TOKEN_HEADER,
  serviceIdentity,
  UnauthorizedError,
  UpstreamError,
  type App,
  type RateLimitStore,
  defineService,
  type TokenVerifier,
} from "@emberlearn/platform";
import { configSchema } from "./config.ts";

// The single origin for browsers: one route table (the catalog) drives the
// reverse proxy and its edge policy — token required, rate limit, body limit,
// internal routes hidden, CORS allowlist. Services verify tokens and apply the
// same catalog policy again themselves. The service factory has already refused
// any path not in canonical form, so the path matched here is the path proxied.

// OPTIONS stays with @fastify/cors, which answers preflights at the edge
const PROXIED_METHODS = ["DELETE", "GET", "HEAD", "PATCH", "POST", "PUT"];

declare module "fastify" {
  interface FastifyRequest {
    edge?: MatchedPolicy;
  }
}

export const gatewayModule = defineService({
  name: "gateway",
  configSchema,
  async create({ config: cfg, logger, verifyToken }) {
    const app = await createService({
      name: "gateway",
      prefix: "/api/gateway",
      logger,
      processMetrics: true,
      // behind a proxy (TRUST_PROXY=true) take the client address from X-Forwarded-For; otherwise trust it
      // only from this machine: the web app, calling the API for a browser, passes the browser's address on
      trustProxy: cfg.TRUST_PROXY === "true" ? true : "loopback",
      description: "Edge: proxy and policy",
    });

    // compress pages, scripts and JSON for the browser, but never server-sent events, which must flow as written
    await app.register(compress, {
      global: true,
      threshold: 1024,
      encodings: ["br", "gzip"],
      customTypes: (type: string) =>
        !type.startsWith("text/event-stream") &&
        (/^(text\/(html|css|plain|javascript)|image\/svg\+xml)/.test(type) ||
          /^application\/(json|javascript|problem\+json|manifest\+json)/.test(type)),
    });
    await app.register(cors, {
      origin: cfg.CORS_ORIGINS,
      credentials: true,
      exposedHeaders: ["x-correlation-id", "retry-after"],
    });
    // one process counts in memory; several gateway processes need a shared RateLimitStore (docs/operations.md)
    const limits = defaultRateLimitStore() ?? createMemoryRateLimitStore();
    app.addHook("onRequest", async (request) => enforceEdgePolicy(request, verifyToken, limits));
    // the gateway's own document is its probes: the proxied APIs are documented by their services
    app.addHook("onRoute", (route) => {
      if (!/^\/(healthz|readyz)$|^\/api\/gateway\//.test(route.url)) route.schema = { ...route.schema, hide: true };
    });

    for (const service of backendServices) await registerProxy(app, service, serviceUrl(cfg, service.name));
    // unknown API paths get a problem+json 404 instead of falling through to the web app
    app.all("/api/*", { config: { public: true } }, async (request) => {
      throw new NotFoundError(`API route ${request.url.split("?")[0]}`);
    });
    // the gateway's probes exist for GET only; other methods must not fall through to the web app
    app.addHook("onRequest", async (request) => {
      const path = request.url.split("?")[0];
      if (/^(\/api\/gateway)?\/(healthz|readyz)$/.test(path) && !["GET", "HEAD"].includes(request.method))
        throw new AppError("method-not-allowed", 405, `${request.method} is not allowed on ${path}; use GET`, [], {
          allow: "GET, HEAD",
        });
    });
    // the web app must know the browser's origin (Next.js checks it on every server action)
    await app.register(proxy, {
      upstream: cfg.WEB_URL ?? `http://127.0.0.1:${WEB_PORT}`,
      prefix: "",
      websocket: false,
      httpMethods: PROXIED_METHODS,
      disableRequestLogging: true,
      replyOptions: { rewriteRequestHeaders: forwardOrigin, onError: upstreamFailed("The web app") },
    });
    return { app };
  },
});

async function registerProxy(app: App, service: ServiceEntry, upstream: string) {
  await app.register(proxy, {
    upstream,
    prefix: service.prefix,
    rewritePrefix: service.prefix,
    websocket: false,
    httpMethods: PROXIED_METHODS,
    // the gateway's own line per request says it all ("fetching…" and "response received" doubled the log)
    disableRequestLogging: true,
    // streams (SSE) must not be buffered or cut by a short timeout
    // the gateway's own identity tells the service this request was checked and counted at the edge
    // (so the service does not count it again against the gateway's address); it never opens an internal route
    replyOptions: {
      rewriteRequestHeaders: (request, headers) => ({
        ...forwardCorrelation(request, headers),
        [SERVICE_TOKEN_HEADER]: serviceIdentity().token("gateway", service.name),
      }),
      onError: upstreamFailed(`The ${service.name} service`),
    },
    http: { requestOptions: { timeout: 120_000 } },
  });
}

/** An upstream that cannot be reached is a 502 (504 when it is too slow), as problem+json. */
function upstreamFailed(what: string) {
  return (reply: { send(payload: unknown): unknown }, { error }: { error: Error }) => {
    reply.send(
      (error as { statusCode?: number }).statusCode === 504
        ? new UpstreamError(`${what} did not answer in time`, 504)
        : new UpstreamError(`${what} is not reachable right now`, 502),
    );
  };
}

function forwardCorrelation(request: { id: string }, headers: IncomingHttpHeaders): IncomingHttpHeaders {
  // a service identity is made by services only: one arriving from outside is never passed on
  const { [SERVICE_TOKEN_HEADER]: _dropped, ...rest } = headers;
  return { ...rest, "x-correlation-id": String(request.id) };
}

function forwardOrigin(
  request: { id: string; headers: IncomingHttpHeaders; protocol: string; ip: string },
  headers: IncomingHttpHeaders,
): IncomingHttpHeaders {
  return {
    ...forwardCorrelation(request, headers),
    "x-forwarded-host": request.headers.host ?? "",
    "x-forwarded-proto": request.protocol,
    // the web app passes the browser's address on when it calls the API (sign-in is limited per IP)
    "x-forwarded-for": request.ip,
  };
}

async function enforceEdgePolicy(request: FastifyRequest, verifyToken: TokenVerifier, limits: RateLimitStore) {
  const match = matchPolicy(backendServices, request.method, request.url);
  if (!match) return;
  const rest = request.url.split("?")[0].slice(match.service.prefix.length);
  // probes and API docs are public; metrics (served on no API port) and internal routes are not exposed at the edge
  if (/^\/(healthz|readyz|docs)(\/|$)/.test(rest)) return;
  if (match.policy.internal || isInternalPath(match.service, rest) || /^\/metrics(\/|$)/.test(rest))
    throw new NotFoundError(`API route ${request.url.split("?")[0]}`);
  request.edge = match;
  const length = Number(request.headers["content-length"] ?? 0);
  if (length > match.policy.bodyLimit)
    throw new AppError(
      "payload-too-large",
      413,
      `Request body is ${length} bytes; the limit for this route is ${match.policy.bodyLimit}`,
    );
  if (request.headers["transfer-encoding"] && !request.headers["content-length"])
    throw new AppError("length-required", 411, "Send a Content-Length header with the request body");
  const header = request.headers.authorization;
  if (header) {
    const token = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header)?.[1];
    if (!token) throw new UnauthorizedError();
    request.user = await verifyToken(token);
  } else if (match.policy.auth && request.method !== "OPTIONS") {
    throw new UnauthorizedError();
  }
  const limit = match.policy.rateLimit;
  if (limit && request.method !== "OPTIONS")
    await enforceRateLimit(limits, rateLimitKey(match, request.ip, request.user?.id), limit);
}
