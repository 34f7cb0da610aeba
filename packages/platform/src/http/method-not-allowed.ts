import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from "fastify";
import { AppError, NotFoundError } from "../errors.ts";
import { sendProblem } from "./problem.ts";

// A path that exists under other methods answers 405 with an Allow header (RFC 9110), not 404,
// so a client learns it used the wrong verb. The router does not say which methods a path has, so
// the factory keeps its own table of route patterns (static segments, :params and a trailing *).

export function installMethodTable(app: FastifyInstance) {
  const routes: { pattern: RegExp; methods: string[] }[] = [];
  app.addHook("onRoute", (route: RouteOptions) => {
    routes.push({ pattern: toPattern(route.url), methods: [route.method].flat().map(String) });
  });
  const refusal = (request: FastifyRequest): AppError => {
    const path = request.url.split("?")[0];
    const allowed = new Set(routes.filter((r) => r.pattern.test(path)).flatMap((r) => r.methods));
    if (!allowed.size || allowed.has(request.method)) return new NotFoundError(`Route ${request.method} ${path}`);
    const allow = [...allowed].sort().join(", ");
    return new AppError("method-not-allowed", 405, `${request.method} is not allowed on ${path}; use ${allow}`, [], {
      allow,
    });
  };
  // answered in onRequest, before the body is read: an unknown method (QUERY) would otherwise fail on
  // its body's content type before reaching the not-found handler
  app.addHook("onRequest", async (request) => {
    if (request.routeOptions.url === undefined) throw refusal(request);
  });
  return async function notFound(request: FastifyRequest, reply: FastifyReply) {
    return sendProblem(refusal(request), request, reply);
  };
}

function toPattern(url: string): RegExp {
  const body = url
    .split("/")
    .map((segment) =>
      segment === "*"
        ? ".*"
        : segment.startsWith(":")
          ? "[^/]+"
          : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\\\*$/, ".*"),
    )
    .join("/");
  return new RegExp(`^${body}$`);
}
