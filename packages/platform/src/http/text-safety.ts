import type { FastifyInstance } from "fastify";
import { ValidationError, type FieldIssue } from "../errors.ts";

// Text PostgreSQL can store, checked once for every field of every request. PostgreSQL refuses the
// NUL character in text and in jsonb, and a lone UTF-16 surrogate (which JSON's \uD800 escape can
// produce) is not a character at all. Instead of a rule on each of the platform's text fields, the
// service factory walks the validated body, query and path parameters before the handler and answers 400
// naming the first field (or object key) that holds one, so no schema can forget and nothing reaches
// the database that it would refuse with a 500.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function textProblem(value: string): string | undefined {
  if (value.includes("\u0000")) return "must not contain the NUL character (U+0000)";
  if (LONE_SURROGATE.test(value)) return "must be valid Unicode text (it holds a lone surrogate)";
  return undefined;
}

const MAX_DEPTH = 64;

/** The first field (dotted path under `where`) holding text PostgreSQL cannot store, if any. */
export function findUnstorableText(value: unknown, where: string, depth = 0): FieldIssue | undefined {
  if (typeof value === "string") {
    const message = textProblem(value);
    return message ? { field: where, message } : undefined;
  }
  if (value === null || typeof value !== "object") return undefined;
  // parsed JSON and query strings only: a stream handed on unparsed (the gateway's proxy) is not text
  if (typeof (value as { pipe?: unknown }).pipe === "function" || ArrayBuffer.isView(value)) return undefined;
  if (depth >= MAX_DEPTH) return { field: where, message: `must not be nested more than ${MAX_DEPTH} levels deep` };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const issue = findUnstorableText(value[i], `${where}.${i}`, depth + 1);
      if (issue) return issue;
    }
    return undefined;
  }
  for (const [key, item] of Object.entries(value)) {
    const keyProblem = textProblem(key);
    if (keyProblem) return { field: `${where}.${printableKey(key)}`, message: `has a key that ${keyProblem}` };
    const issue = findUnstorableText(item, `${where}.${key}`, depth + 1);
    if (issue) return issue;
  }
  return undefined;
}

function printableKey(key: string): string {
  return JSON.stringify(key).slice(1, -1);
}

/** After validation: what the route keeps (unknown keys are already stripped), before the handler. */
export function installTextSafety(app: FastifyInstance) {
  app.addHook("preHandler", async (request) => {
    for (const [where, value] of [
      ["body", request.body],
      ["query", request.query],
      ["params", request.params],
    ] as const) {
      const issue = findUnstorableText(value, where);
      if (issue) throw new ValidationError(`${issue.field} ${issue.message}`, [issue]);
    }
  });
}
