import type { TestRequest } from "@emberlearn/contracts/sandbox";
import { sandboxTest } from "@emberlearn/contracts/http";
import type { ServiceClient } from "@emberlearn/platform";
import type { SandboxTestRun } from "../domain/grading.ts";

export interface Grader {
  runTests(input: TestRequest): Promise<SandboxTestRun>;
}

/** Grading happens in the sandbox service, over HTTP. */
export function createSandboxGrader(sandbox: ServiceClient): Grader {
  return {
    runTests: (input) => sandbox.request(sandboxTest, { body: input, timeoutMs: 30_000 }),
  };
}
