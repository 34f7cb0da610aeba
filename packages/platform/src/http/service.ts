import Fastify, {
  LogController,
  type FastifyInstance,
  type FastifyBaseLogger,
  type RawServerDefault,
  type FastifyRequest,
} from "fastify";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import { currentContext, newCorrelationId, runWithContext, sanitizeCorrelationId } from "../context.ts";
import { AppError, ForbiddenError, UnauthorizedError } from "../errors.ts";
import type { AuthUser, Role, TokenVerifier } from "../auth/types.ts";
import { sendProblem } from "./problem.ts";
import { installMetrics } from "./metrics.ts";
import { installHealth, type ReadinessChecks } from "./health.ts";
import { pathProblem } from "./canonical-path.ts";
import { HEADERS_TIMEOUT_MS, problemFromRouter, problemOnSocket, REQUEST_TIMEOUT_MS } from "./connection-errors.ts";
import { installMethodTable } from "./method-not-allowed.ts";
import { withErrorResponses } from "./openapi-errors.ts";
import { installRouteSchemas } from "./route-schemas.ts";
import { createMemoryRateLimitStore, defaultRateLimitStore, type RateLimitStore } from "./rate-limit.ts";
import { installRoutePolicy } from "./route-policy.ts";
import { installTextSafety } from "./text-safety.ts";

export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

declare module "fastify" {
  interface FastifyRequest {
    user?: AuthUser;
  }
  interface FastifyContextConfig {
    /** no token needed (health, docs, sign-in…) */
    public?: boolean;
    /** roles allowed; any signed-in user when absent */
    roles?: Role[];
  }
}

export interface ServiceOptions {
  name: string;
  /** public path prefix, e.g. /api/sandbox: health, docs and metrics are served under it too */
  prefix: string;
  version?: string;
  description?: string;
  logger: Logger;
  /** verifies bearer tokens; when absent every route is public (tests of pure routes) */
  verifyToken?: TokenVerifier;
  /** named dependency checks for /readyz */
  readiness?: ReadinessChecks;
  bodyLimit?: number;
  /**
   * behind Kong or an ingress: take the client IP from X-Forwarded-For (true), or only from given
   * peers ("loopback")
   */
  trustProxy?: boolean | string;
  /** process-wide metrics (heap, event loop): only once per process */
  processMetrics?: boolean;
  /** where the catalog's rate limits count (default: this process's memory) */
  rateLimitStore?: RateLimitStore;
  /** how long a client may take to send its headers, and its whole request (tests shorten these) */
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
}

// TRUST_PROXY for every service the runner creates (a service's own option wins)
let trustProxyDefault = false;
export function useTrustProxyDefault(trust: boolean): void {
  trustProxyDefault = trust;
}

/** The one way every EmberLearn service is built. Register routes on the returned app, then listen. */
export async function createService(options: ServiceOptions): Promise<App> {
  const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    bodyLimit: options.bodyLimit ?? 256 * 1024,
    // a body trickled byte by byte is cut off (408) instead of holding a connection for ever
    requestTimeout,
    http: {
      requestTimeout,
      headersTimeout: Math.min(options.headersTimeoutMs ?? HEADERS_TIMEOUT_MS, requestTimeout),
      connectionsCheckingInterval: 1000,
    },
    clientErrorHandler: problemOnSocket,
    // ids longer than this answer 414; up to it, a route's own schema names the field (400) or finds nothing (404)
    routerOptions: { maxParamLength: 500 },
    frameworkErrors: problemFromRouter,
    // our own one-line request log (onResponse below) replaces fastify's two
    logController: new LogController({ disableRequestLogging: true }),
    return503OnClosing: true,
    trustProxy: options.trustProxy ?? trustProxyDefault,
    forceCloseConnections: "idle",
    genReqId: (req) => sanitizeCorrelationId(req.headers["x-correlation-id"]) ?? newCorrelationId(),
    ajv: { customOptions: { coerceTypes: false } },
    // a "__proto__" or "constructor.prototype" key is dropped, not a 400: harmless once removed
    onProtoPoisoning: "remove",
    onConstructorPoisoning: "remove",
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((err, request, reply) => sendProblem(err as Error, request, reply));

  // callback style on purpose: every later hook and the handler run inside this context
  app.addHook("onRequest", (request, reply, done) => {
    const correlationId = String(request.id);
    reply.header("x-correlation-id", correlationId);
    runWithContext({ correlationId }, done);
  });
  // before anything reads the path: one spelling per path (canonical-path.ts)
  app.addHook("onRequest", async (request) => {
    const problem = pathProblem(request.url);
    if (problem) throw new AppError("non-canonical-path", 400, `The path ${problem.reason}`);
  });
  // then a path no route has answers 404, or 405 with Allow when other methods have it
  app.setNotFoundHandler(installMethodTable(app));
  app.addHook("onRequest", async (request) => {
    const verify = options.verifyToken;
    const token = verify && bearerToken(request);
    if (!token) return;
    request.user = await verify(token);
    const ctx = currentContext();
    if (ctx) Object.assign(ctx, { userId: request.user.id, token });
  });
  app.addHook("preHandler", async (request) => {
    const config = request.routeOptions.config;
    if (!options.verifyToken || config.public || request.routeOptions.url === undefined) return;
    if (!request.user) throw new UnauthorizedError();
    if (config.roles && !config.roles.includes(request.user.role)) throw new ForbiddenError();
  });
  installRoutePolicy(app, {
    name: options.name,
    prefix: options.prefix,
    rateLimitStore: options.rateLimitStore ?? defaultRateLimitStore() ?? createMemoryRateLimitStore(),
  });
  // every text field of every route: nothing PostgreSQL would refuse gets past here
  installTextSafety(app);
  installRouteSchemas(app);
  app.addHook("onResponse", async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        url: request.url.split("?")[0],
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      "request",
    );
  });

  app.addHook("onRoute", (route) => {
    // the docs UI and its assets are public
    if (route.url.startsWith(`${options.prefix}/docs`)) route.config = { ...(route.config ?? {}), public: true };
    // the OpenAPI document says which operations need no token
    if (route.config?.public && route.schema && !route.schema.hide) route.schema = { ...route.schema, security: [] };
  });
  await app.register(swagger, {
    openapi: {
      // 3.1: full JSON Schema, so the document can say what text an input accepts (propertyNames, null types)
      openapi: "3.1.0",
      info: {
        title: `EmberLearn ${options.name}`,
        description: options.description ?? "",
        version: options.version ?? "0.1.0",
      },
      components: { securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (documentObject) =>
      withErrorResponses(
        "openapiObject" in documentObject ? documentObject.openapiObject : documentObject.swaggerObject,
      ),
  });
  await app.register(swaggerUi, { routePrefix: `${options.prefix}/docs`, uiConfig: { docExpansion: "list" } });

  installHealth(app, [``, options.prefix], options.readiness ?? {});
  installMetrics(app, options.name, options.processMetrics ?? false);
  return app;
}

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header);
  if (!match) throw new UnauthorizedError();
  return match[1];
}

/** The signed-in user of a route that requires one (the preHandler already enforced it). */
export function userOf(request: FastifyRequest): AuthUser {
  if (!request.user) throw new UnauthorizedError();
  return request.user;
}
