import { STATUS_CODES } from "node:http";
import type { Socket } from "node:net";
import type { FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../errors.ts";
import { sendProblem } from "./problem.ts";

// Errors raised before a request reaches a route still answer problem+json: Node's HTTP parser
// (a header block too large: 431; a request not received in time: 408; anything unparseable: 400)
// and the router (a path that does not decode, FST_ERR_BAD_URL: 400; a path parameter longer than
// the router allows: 414).

/** How long a client may take: its headers, then the whole request (the body included). */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 20_000;

export function problemOnSocket(err: Error & { code?: string }, socket: Socket): void {
  if (err.code === "ECONNRESET" || socket.destroyed) return;
  const [status, type, detail] =
    err.code === "ERR_HTTP_REQUEST_TIMEOUT"
      ? [408, "request-timeout", "The request did not arrive in time: send the headers and the whole body promptly"]
      : err.code === "HPE_HEADER_OVERFLOW"
        ? [431, "headers-too-large", "The request's headers (or its URL) are too large"]
        : [400, "bad-request", "The request is not valid HTTP"];
  const body = JSON.stringify({ type: `urn:emberlearn:problem:${type}`, title: STATUS_CODES[status], status, detail });
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  socket.destroy(err);
}

export function problemFromRouter(err: Error & { code?: string }, request: FastifyRequest, reply: FastifyReply) {
  const problem =
    err.code === "FST_ERR_MAX_PARAM_LENGTH"
      ? new AppError("uri-too-long", 414, "A part of the path is too long")
      : err.code === "FST_ERR_BAD_URL"
        ? new AppError("bad-path", 400, "The path is not valid: it does not decode to text")
        : err;
  return sendProblem(problem, request, reply);
}
