import type { FieldIssue } from "@emberlearn/contracts/http/problem";

// One error base class for the whole platform. Domain code throws these; the one
// error handler in the service factory turns them into RFC 9457 problem+json.

/** a failing field, as a problem's `errors` lists it (packages/contracts/src/http/problem.ts) */
export type { FieldIssue } from "@emberlearn/contracts/http/problem";

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly issues?: FieldIssue[],
    readonly headers?: Record<string, string>,
    /** the error underneath (a driver's, a library's): logged with this one, never sent to the client */
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = new.target.name;
  }
}

/** A dependency (the database, a broker) is down: 503, so clients retry and operators see why in the log. */
export class UnavailableError extends AppError {
  constructor(message: string, cause?: unknown) {
    super("unavailable", 503, message, undefined, { "retry-after": "30" }, cause);
  }
}

export class ValidationError extends AppError {
  constructor(message: string, issues: FieldIssue[] = []) {
    super("validation-failed", 400, message, issues);
  }
}

export class UnauthorizedError extends AppError {
  // deliberately fixed message: never say why a token was refused
  constructor() {
    super("unauthorized", 401, "Authentication required");
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "You are not allowed to do this") {
    super("forbidden", 403, message);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super("not-found", 404, `${what} not found`);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super("conflict", 409, message);
  }
}

export class TooManyRequestsError extends AppError {
  constructor(message: string, retryAfterSeconds: number) {
    super("too-many-requests", 429, message, undefined, { "retry-after": String(retryAfterSeconds) });
  }
}

export class UpstreamError extends AppError {
  constructor(message: string, status = 502, cause?: unknown) {
    super("upstream-failed", status, message, undefined, undefined, cause);
  }
}
