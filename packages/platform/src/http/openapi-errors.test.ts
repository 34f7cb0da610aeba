import { describe, expect, it } from "vitest";
import { z } from "zod";
import { problemDetails } from "@emberlearn/contracts/http/problem";
import { problemJsonSchema } from "./openapi-errors.ts";

// The OpenAPI documents' Problem schema is written as JSON Schema by hand (with its own descriptions);
// the contract (packages/contracts/src/http/problem.ts) is what the services send and the web app reads.
// They must name the same fields, of the same types, and the document may not promise a field the
// contract leaves out.

type Schema = { type?: string; required?: string[]; properties?: Record<string, Schema>; items?: Schema };
const contract = z.toJSONSchema(problemDetails) as Schema;

describe("the OpenAPI Problem schema", () => {
  it("has the contract's fields, each of its type", () => {
    const documented = problemJsonSchema.properties as Record<string, Schema>;
    expect(Object.keys(documented).sort()).toEqual(Object.keys(contract.properties ?? {}).sort());
    for (const [name, schema] of Object.entries(contract.properties ?? {}))
      expect(documented[name]?.type, name).toBe(schema.type);
    const issue = (documented.errors?.items ?? {}) as Schema;
    expect(Object.keys(issue.properties ?? {}).sort()).toEqual(
      Object.keys(contract.properties?.errors?.items?.properties ?? {}).sort(),
    );
  });

  it("requires only what the contract requires", () => {
    expect(problemJsonSchema.required.filter((f) => !contract.required?.includes(f))).toEqual([]);
  });
});
