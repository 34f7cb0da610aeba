import { z } from "zod";

// RFC 9457 problem details: the one body of every error answer, of every service and the web app's own
// refusals. The services write it (packages/platform/src/http/problem.ts, and its OpenAPI schema in
// openapi-errors.ts), the web app reads `detail` and the field `errors` to show what went wrong.

export const fieldIssue = z.object({
  /** dotted path of the failing field, e.g. "body.code" */
  field: z.string(),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof fieldIssue>;

export const problemDetails = z.object({
  /** urn:emberlearn:problem:<code> */
  type: z.string(),
  title: z.string(),
  status: z.number().int().min(400).max(599),
  /** what went wrong, in words a person can act on */
  detail: z.string(),
  /** the request path */
  instance: z.string(),
  correlationId: z.string().optional(),
  errors: z.array(fieldIssue).optional(),
});
export type Problem = z.infer<typeof problemDetails>;
