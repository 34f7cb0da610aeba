import type { z } from "zod";
import { AppError } from "../errors.ts";

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
