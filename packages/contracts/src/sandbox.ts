import { z } from "zod";

// The sandbox's HTTP contract: what a run and a graded run take and give back. The sandbox's
// routes, the services that call it, the events and the web app all use these definitions.

export const MAX_CODE_BYTES = 64 * 1024;
export const MAX_TESTS_BYTES = 256 * 1024;

/** a program's source, as every route that takes one limits it */
export const codeField = z.string().max(MAX_CODE_BYTES, "must be at most 64 KB of code");

/** How a run ended, in words a student can be told (docs/sandbox.md explains each). */
export const runStatus = z.enum([
  "ok",
  "error",
  "timeout",
  "memory",
  "processes",
  "output-limit",
  "crashed",
  "signal",
  "rejected",
]);
export type RunStatus = z.infer<typeof runStatus>;

export const studentError = z.object({
  type: z.string(),
  message: z.string(),
  line: z.number().int().nullable(),
  column: z.number().int().nullable().optional(),
  traceback: z.string().optional(),
  /** the error analysis made inside the sandbox (runner/explain.py), when available */
  analysis: z.record(z.string(), z.unknown()).optional(),
});
export type StudentError = z.infer<typeof studentError>;

const relativePath = z
  .string()
  .min(1)
  .max(200)
  .regex(/^(?!\/)(?!.*(^|\/)\.\.(\/|$))[\w .\-/]+$/, "must be a relative path of letters, digits, . _ - and /");

/** A file placed in the run's folder before the code starts (an exercise's story.txt). */
export const runFile = z.object({ path: relativePath, content: z.string().max(256 * 1024) });
export type RunFile = z.infer<typeof runFile>;

export const runResult = z.object({
  status: runStatus,
  stdout: z.string(),
  stderr: z.string(),
  exitCode: z.number().int().nullable(),
  durationMs: z.number(),
  error: studentError.nullable(),
  /** the signal that ended the program, for `crashed` and `signal` (e.g. SIGSEGV) */
  signal: z.string().optional(),
});
export type RunResult = z.infer<typeof runResult>;

export const testOutcome = z.enum(["passed", "failed", "error", "skipped", "expected-failure", "unexpected-success"]);

export const testResult = z.object({
  /** Class.method, as unittest names it */
  name: z.string(),
  id: z.string().optional(),
  /** what the test checks: its docstring, or its method name in words */
  description: z.string().optional(),
  outcome: testOutcome.optional(),
  passed: z.boolean(),
  message: z.string(),
  /** for a failure: the student's call, and what came back against what was expected */
  call: z.string().optional(),
  expected: z.string().optional(),
  actual: z.string().optional(),
  /** a limit the student's code hit during this test (memory, timeout, processes…) */
  limit: z.string().optional(),
  traceback: z.string().optional(),
  subtests: z.array(z.object({ params: z.string(), message: z.string() }).passthrough()).optional(),
  durationMs: z.number().optional(),
});
export type TestResult = z.infer<typeof testResult>;

/** One step of a traced run ("watch it run"): the line about to run, the call stack, the variables (repr). */
const traceStep = z.object({
  line: z.number().int(),
  event: z.enum(["call", "line", "return", "exception"]),
  function: z.string(),
  stack: z.array(z.object({ function: z.string(), line: z.number().int() })),
  locals: z.record(z.string(), z.string()),
  globals: z.record(z.string(), z.string()),
  /** how much of the run's stdout was printed before this step */
  stdoutLength: z.number().int(),
  returned: z.string().optional(),
  exception: z.string().optional(),
});
export const trace = z.object({ steps: z.array(traceStep), truncated: z.boolean() });
export type Trace = z.infer<typeof trace>;

/** an interactive run, by the id its start answered (its events, input, end of input, stop) */
export const liveRunParams = z.object({ runId: z.string().uuid("must be a run id") });

export const testSummary = z.object({
  passed: z.number().int(),
  failed: z.number().int(),
  errors: z.number().int(),
  skipped: z.number().int().default(0),
  total: z.number().int(),
});
export type TestSummary = z.infer<typeof testSummary>;

export const testRunResult = runResult.extend({ tests: z.array(testResult), summary: testSummary });
export type TestRunResult = z.infer<typeof testRunResult>;

const pythonName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,60}$/, "must be a Python module name (letters, digits, _)");

/** A graded run: the student's code importable as `moduleName`, the tests, helper modules. */
export const testRequest = z.object({
  code: codeField,
  tests: z.string().min(1).max(MAX_TESTS_BYTES),
  moduleName: pythonName.optional(),
  testModule: pythonName.optional(),
  /** helper modules the tests import (name → source), never visible to the student's code */
  helpers: z.record(pythonName, z.string().max(MAX_TESTS_BYTES)).optional(),
  files: z.array(runFile).max(20).optional(),
  timeoutMs: z.number().int().min(100).max(20_000).optional(),
  /** the student the code belongs to (fair share between students) */
  studentId: z.string().max(100).optional(),
  exerciseId: z.string().max(80).optional(),
  moduleId: z.string().max(40).optional(),
});
export type TestRequest = z.infer<typeof testRequest>;
