// Every service's OpenAPI document names its error answers: one Problem schema (RFC 9457, as
// problem.ts sends it) under components, referenced by each operation for the errors any route can
// give, and as the default for the rarer ones (408, 414, 431, 5xx). A 204 is documented without a
// body, because it never has one.

const PROBLEM_REF = { $ref: "#/components/schemas/Problem" };

export const problemJsonSchema = {
  type: "object",
  description: "RFC 9457 problem details",
  required: ["type", "title", "status", "detail"],
  properties: {
    type: { type: "string", description: "urn:emberlearn:problem:<code>" },
    title: { type: "string" },
    status: { type: "integer", minimum: 400, maximum: 599 },
    detail: { type: "string", description: "what went wrong, in words a person can act on" },
    instance: { type: "string", description: "the request path" },
    correlationId: { type: "string" },
    errors: {
      type: "array",
      description: "the fields that failed, e.g. body.code",
      items: {
        type: "object",
        required: ["field", "message"],
        properties: { field: { type: "string" }, message: { type: "string" } },
      },
    },
  },
};

const ERRORS: Record<string, string> = {
  "400": "The request is invalid: the problem names the field",
  "401": "A valid bearer token is required (public routes too refuse a token that is not valid)",
  "403": "Not allowed for this user (or, for an internal route, for anyone but a service)",
  "404": "Not found",
  "405": "The path exists, but not for this method (see Allow)",
  "413": "The body is larger than this route accepts",
  "415": "The body's content type is not accepted",
  "429": "Too many requests (see Retry-After)",
  default: "Any other error (408, 414, 431, 5xx), as problem details",
};

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
type Operation = { responses?: Record<string, Record<string, unknown>> };
type Document = { paths?: Record<string, Record<string, Operation>>; components?: Record<string, unknown> };

export function withErrorResponses<D>(input: D): D {
  const document = input as Document;
  for (const operations of Object.values(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(operations ?? {})) {
      if (!METHODS.includes(method)) continue;
      const responses = (operation.responses ??= {});
      for (const [status, response] of Object.entries(responses))
        if (status === "204") responses[status] = { description: String(response.description ?? "No content") };
      for (const [status, description] of Object.entries(ERRORS)) {
        if (responses[status]) continue;
        responses[status] = { description, content: { "application/problem+json": { schema: PROBLEM_REF } } };
      }
    }
  }
  const components = (document.components ??= {}) as { schemas?: Record<string, unknown> };
  components.schemas = { ...components.schemas, Problem: problemJsonSchema };
  return input;
}
