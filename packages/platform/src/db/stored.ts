import type { z } from "zod";
import { AppError } from "../errors.ts";
import { createLogger, type Logger } from "../log.ts";

// JSON a service stored itself (a grade, an alert's evidence) is read back through its schema, not cast:
// a row that does not match (written by an older version, edited by hand) fails here, naming the row and
// the field, instead of reaching a page as undefined somewhere later.

export function readStored<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.length ? ` (${issue.path.join(".")}: ${issue.message})` : "";
  throw new AppError(
    "stored-data-invalid",
    500,
    `The stored ${what} cannot be read${field}`,
    undefined,
    undefined,
    parsed.error,
  );
}

// Where a row is one of many (a student's history, an alert's evidence), one bad row must not take
// the whole page down: it is logged, naming the row and the field, and left out.
let storedLogger: Pick<Logger, "error"> = createLogger("emberlearn");

/** The logger unreadable rows are reported to (the runners set the service's own). */
export function useStoredDataLogger(logger: Pick<Logger, "error">) {
  storedLogger = logger;
}

/** Parses a stored value; on a mismatch logs an error naming it and the field, and returns undefined. */
export function readStoredOrSkip<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.length ? `${issue.path.join(".")}: ${issue.message}` : (issue?.message ?? "invalid");
  storedLogger.error({ what, field }, `skipped the stored ${what}: it cannot be read (${field})`);
  return undefined;
}
