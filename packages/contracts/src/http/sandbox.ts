import { z } from "zod";
import { learningContext } from "../context.ts";
import { codeField, runFile, runResult, testRequest, testRunResult } from "../sandbox.ts";
import { defineEndpoint } from "./endpoint.ts";

// The sandbox's routes that others call: a plain run (the web app's Run button, triage and the debug tutor)
// and a graded run (the exercise service; internal). The shapes themselves live in ../sandbox.ts.

export { codeField };

export const runRequest = z.object({
  code: codeField,
  stdin: z
    .string()
    .max(64 * 1024)
    .optional(),
  files: z.array(runFile).max(20).optional(),
  timeoutMs: z.number().int().min(100).max(5000).optional(),
  ...learningContext,
});
export type RunRequest = z.infer<typeof runRequest>;

export const sandboxRun = defineEndpoint({
  method: "POST",
  path: "/api/sandbox/run",
  body: runRequest,
  response: runResult,
});

export const sandboxTest = defineEndpoint({
  method: "POST",
  path: "/api/sandbox/test",
  body: testRequest,
  response: testRunResult,
});
