import { z } from "zod";
import { learningContext } from "../context.ts";
import { codeField, liveRunParams, runFile, runResult, testRequest, testRunResult, trace } from "../sandbox.ts";
import { defineEndpoint } from "./endpoint.ts";

// The sandbox's routes that others call: a plain run (the web app's Run button, triage and the debug tutor),
// a graded run (the exercise service; internal), and the web app's interactive runs (started here, their
// output read from the stream in streams.ts, input() answered) and traced runs. The shapes live in ../sandbox.ts.

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

/** a program as an interactive or traced run takes it */
const program = { code: codeField, files: z.array(runFile).max(20).optional() };

/** starts an interactive run: its output streams (streams.ts), and input() waits for the student */
export const sandboxInteractive = defineEndpoint({
  method: "POST",
  path: "/api/sandbox/interactive",
  status: 201,
  body: z.object(program),
  response: z.object({ runId: z.string() }),
});

const ok = z.object({ ok: z.literal(true) });

/** answers the running program's input() with one line */
export const sandboxInput = defineEndpoint({
  method: "POST",
  path: "/api/sandbox/live/:runId/input",
  params: liveRunParams,
  body: z.object({ text: z.string().max(4096, "must be at most 4,096 characters") }),
  response: ok,
});

/** ends the program's input (input() then raises EOFError) */
export const sandboxEof = defineEndpoint({
  method: "POST",
  path: "/api/sandbox/live/:runId/eof",
  params: liveRunParams,
  response: ok,
});

export const sandboxStop = defineEndpoint({
  method: "DELETE",
  path: "/api/sandbox/live/:runId",
  params: liveRunParams,
  response: ok,
});

/** a run recording every step (line, call stack, variables, output so far), up to 1,000 */
export const sandboxTrace = defineEndpoint({
  method: "POST",
  path: "/api/sandbox/trace",
  body: z.object({
    ...program,
    stdin: z
      .string()
      .max(64 * 1024)
      .optional(),
  }),
  response: runResult.extend({ trace }),
});
