import { z } from "zod";
import { defineEndpoint } from "./endpoint.ts";
import { codeField } from "./sandbox.ts";

// The debugging tutor, as triage calls it: the code and its last run (the tutor runs it when none is
// given), and the rung of the hint ladder to climb to.

/** an error as a client reports it from a run (the sandbox's studentError, loosely) */
export const reportedError = z
  .object({
    type: z.string().min(1).max(100),
    message: z.string().max(4000),
    line: z.number().int().nullable().optional(),
  })
  .passthrough();

/** a follow-up on the hint ladder (same words as the concepts tutor's, in this order in its errors) */
const action = z.enum(["answer", "simpler", "why", "next-hint", "example", "check"]);

export const debugTutor = defineEndpoint({
  method: "POST",
  path: "/api/debug/tutor",
  body: z
    .object({
      message: z.string().max(4000),
      code: codeField.optional(),
      lastRun: z
        .object({ status: z.string(), error: reportedError.nullable().optional(), stdout: z.string().optional() })
        .optional(),
      action: action.optional(),
      hintLevel: z.number().int().min(1).max(10).optional(),
    })
    .passthrough(),
  response: z.object({
    agent: z.literal("debug"),
    offline: z.string(),
    context: z.string(),
    topic: z.object({ key: z.string(), label: z.string() }).optional(),
    hintLevel: z.number().optional(),
  }),
});
