import { z } from "zod";
import type { ServiceClient } from "@emberlearn/platform";
import type { SandboxTestRun } from "../domain/grading.ts";

const testRun = z.object({
  status: z.string(),
  tests: z.array(z.object({ name: z.string(), passed: z.boolean(), message: z.string() })),
  summary: z.object({ passed: z.number(), failed: z.number(), errors: z.number(), total: z.number() }),
  stdout: z.string().optional(),
  stderr: z.string().optional(),
  error: z
    .object({ type: z.string(), message: z.string(), line: z.number().nullable() })
    .passthrough()
    .nullable()
    .optional(),
});

export interface Grader {
  runTests(input: { code: string; tests: string; exerciseId?: string; moduleId?: string }): Promise<SandboxTestRun>;
}

/** Grading happens in the sandbox service, over HTTP, with the student's token forwarded. */
export function createSandboxGrader(sandbox: ServiceClient): Grader {
  return {
    runTests: (input) =>
      sandbox.call({ method: "POST", path: "/api/sandbox/test", body: input, schema: testRun, timeoutMs: 30_000 }),
  };
}
