// Every service's OpenAPI document names its error answers, and the text its inputs accept: one
// Problem schema (RFC 9457, as problem.ts sends it) under components, referenced by each operation
// for the errors any route can give, and as the default for the rarer ones (408, 414, 431, 5xx).
// A 204 is documented without a body, because it never has one.

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
type Operation = {
  responses?: Record<string, Record<string, unknown>>;
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  parameters?: { in?: string; schema?: Record<string, unknown> }[];
};

// What a client may send is text PostgreSQL can store (text-safety.ts refuses the rest with a 400):
// every input string says so, so a fuzzer generating from the document agrees with the service.
const NO_NUL = "^[^\\u0000]*$";
// no control characters, slash, backslash or percent sign, and not a dot segment (. or ..)
const PATH_SEGMENT = "^(?!\\.\\.?$)[^\\u0000-\\u001f\\u007f/\\\\%]+$";

const ANY_JSON_REF = { $ref: "#/components/schemas/TextSafeJson" };
const textSafeJson = {
  description: "any JSON value whose strings and keys hold no NUL character",
  anyOf: [
    { type: "null" },
    { type: "boolean" },
    { type: "number" },
    { type: "string", pattern: NO_NUL },
    { type: "array", items: ANY_JSON_REF },
    { type: "object", additionalProperties: ANY_JSON_REF, propertyNames: { pattern: NO_NUL } },
  ],
};

function isPlainEmpty(value: unknown): boolean {
  return !!value && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0;
}

function markInputText(schema: unknown, depth = 0): void {
  if (!schema || typeof schema !== "object" || depth > 32) return;
  const s = schema as Record<string, unknown>;
  const is = (type: string) => s.type === type || (Array.isArray(s.type) && s.type.includes(type));
  if (is("string") && !s.pattern && !s.enum && s.const === undefined && !s.format) s.pattern = NO_NUL;
  // an object that keeps keys it does not name keeps them as text too, and any value as text-safe JSON
  if (is("object") && s.additionalProperties !== undefined && s.additionalProperties !== false)
    s.propertyNames ??= { pattern: NO_NUL };
  for (const key of ["additionalProperties", "items"])
    if (s[key] === true || (isPlainEmpty(s[key]) && (key !== "items" || is("array")))) s[key] = ANY_JSON_REF;
  for (const key of ["items", "additionalProperties", "not"]) markInputText(s[key], depth + 1);
  for (const key of ["properties", "patternProperties"]) {
    const children = (s[key] as Record<string, unknown>) ?? {};
    for (const [name, child] of Object.entries(children))
      if (isPlainEmpty(child)) children[name] = ANY_JSON_REF;
      else markInputText(child, depth + 1);
  }
  for (const key of ["anyOf", "oneOf", "allOf", "prefixItems"])
    for (const child of (s[key] as unknown[]) ?? []) markInputText(child, depth + 1);
}
type Document = { paths?: Record<string, Record<string, Operation>>; components?: Record<string, unknown> };

export function withErrorResponses<D>(input: D): D {
  const document = input as Document;
  for (const operations of Object.values(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(operations ?? {})) {
      if (!METHODS.includes(method)) continue;
      for (const media of Object.values(operation.requestBody?.content ?? {})) markInputText(media.schema);
      for (const parameter of operation.parameters ?? []) {
        // a path segment in canonical form (canonical-path.ts), and no longer than the router allows
        if (parameter.in === "path" && !parameter.schema?.pattern && parameter.schema?.type === "string")
          Object.assign(parameter.schema, {
            pattern: PATH_SEGMENT,
            maxLength: Math.min(Number(parameter.schema.maxLength ?? 100), 100),
          });
        markInputText(parameter.schema);
      }
      operation.responses ??= {};
      const responses = operation.responses;
      for (const [status, response] of Object.entries(responses))
        if (status === "204") responses[status] = { description: String(response.description ?? "No content") };
      for (const [status, description] of Object.entries(ERRORS)) {
        if (responses[status]) continue;
        responses[status] = { description, content: { "application/problem+json": { schema: PROBLEM_REF } } };
      }
    }
  }
  document.components ??= {};
  const components = document.components as { schemas?: Record<string, unknown> };
  components.schemas = { ...components.schemas, Problem: problemJsonSchema, TextSafeJson: textSafeJson };
  return input;
}
