import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import type { Problem } from "@emberlearn/contracts/http/problem";
import { AppError } from "../errors.ts";
import { currentContext } from "../context.ts";
import { isDatabaseUnavailable } from "../db/unavailable.ts";

// RFC 9457 problem details: one body shape for every error of every service, the contract's
// (packages/contracts/src/http/problem.ts).

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

function toProblem(
  err: FastifyError | Error,
  request: FastifyRequest,
): { problem: Problem; headers?: Record<string, string> } {
  const base = {
    instance: request.url.split("?")[0],
    correlationId: currentContext()?.correlationId ?? String(request.id),
  };
  if (err instanceof AppError) {
    return {
      problem: {
        type: `urn:emberlearn:problem:${err.code}`,
        title: TITLES[err.status] ?? "Error",
        status: err.status,
        detail: err.message,
        ...base,
        ...(err.issues?.length ? { errors: err.issues } : {}),
      },
      headers: err.headers,
    };
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = (err as FastifyError).validationContext ?? "body";
    const errors = err.validation.map((v) => {
      const path = (v.instancePath || "").replace(/^\//, "").replace(/\//g, ".");
      const field = [where, path].filter(Boolean).join(".");
      const message = /received undefined$/.test(v.message ?? "") ? "is required" : (v.message ?? "is invalid");
      return { field, message };
    });
    const first = errors[0];
    return {
      problem: {
        type: "urn:emberlearn:problem:validation-failed",
        title: "Bad Request",
        status: 400,
        detail: first ? `${first.field} ${first.message}` : "Invalid request",
        ...base,
        errors,
      },
    };
  }
  const status = (err as FastifyError).statusCode ?? 500;
  if (status >= 400 && status < 500) {
    // fastify's own client errors (body too large, bad JSON, unsupported media type)
    const detail =
      (err as FastifyError).code === "FST_ERR_CTP_INVALID_JSON_BODY" ||
      (err as FastifyError).code === "FST_ERR_CTP_EMPTY_JSON_BODY"
        ? "body is not valid JSON"
        : err.message;
    return {
      problem: {
        type: `urn:emberlearn:problem:${(err as FastifyError).code ?? "client-error"}`,
        title: TITLES[status] ?? "Error",
        status,
        detail,
        ...base,
      },
    };
  }
  if (isDatabaseUnavailable(err)) {
    const detail = "The service is busy or its database is unavailable. Try again in a moment.";
    const problem = { type: "urn:emberlearn:problem:unavailable", title: TITLES[503], status: 503, detail, ...base };
    return { problem, headers: { "retry-after": "5" } };
  }
  const detail = isResponseSerializationError(err)
    ? "The service produced an invalid response"
    : "Something went wrong on our side";
  return { problem: { type: "urn:emberlearn:problem:internal", title: TITLES[500], status: 500, detail, ...base } };
}

export function sendProblem(err: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  const { problem, headers } = toProblem(err, request);
  if (problem.status >= 500) request.log.error({ err }, "request failed");
  else request.log.info({ status: problem.status, detail: problem.detail }, "request rejected");
  if (headers) reply.headers(headers);
  return reply.code(problem.status).type("application/problem+json").send(problem);
}
