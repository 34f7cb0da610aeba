import { z } from "zod";
import { testOutcome } from "./sandbox.ts";

// A graded submission as the exercise service stores it and answers it: a score and one plain sentence
// per test. Stored as JSON, so it is read back through this schema rather than cast (an older or damaged
// row is an error that names its field, not a page that breaks somewhere later).

export const gradedTest = z.object({
  /** what the test checks, in words */
  name: z.string(),
  /** the sandbox's own description (the docstring, or the method name in words), when it sent one */
  description: z.string().optional(),
  /** the test as unittest names it (Class.method) */
  id: z.string().optional(),
  passed: z.boolean(),
  outcome: testOutcome.optional(),
  message: z.string(),
  call: z.string().optional(),
  expected: z.string().optional(),
  actual: z.string().optional(),
});
export type GradedTest = z.infer<typeof gradedTest>;

export const grade = z.object({
  score: z.number().min(0).max(100),
  passed: z.boolean(),
  status: z.string(),
  tests: z.array(gradedTest),
  summary: z.string(),
});
export type Grade = z.infer<typeof grade>;
