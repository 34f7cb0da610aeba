import { testRunResult, type TestRequest } from "@emberlearn/contracts/sandbox";
import type { ServiceClient } from "@emberlearn/platform";
import type { SandboxTestRun } from "../domain/grading.ts";

export interface Grader {
  runTests(input: TestRequest): Promise<SandboxTestRun>;
}

/** Grading happens in the sandbox service, over HTTP. */
export function createSandboxGrader(sandbox: ServiceClient): Grader {
  return {
    runTests: (input) =>
      sandbox.call({
        method: "POST",
        path: "/api/sandbox/test",
        body: input,
        schema: testRunResult,
        timeoutMs: 30_000,
      }),
  };
}
