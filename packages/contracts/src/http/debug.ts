import { z } from "zod";
import { runStatus } from "../sandbox.ts";
import { defineEndpoint } from "./endpoint.ts";
import { codeField } from "./sandbox.ts";

// The debugging tutor, as triage calls it: the code and its last run (the tutor runs it when none is
// given), and the rung of the hint ladder to climb to. And the explainer the web app's Run panel asks
// about a failed run: an error in plain words, one rung of the hint ladder, a failing check explained.

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

/** how a run ended, as the explainer takes it: the sandbox's statuses, but a signal (it has no words for one) */
const explainedStatus = runStatus.exclude(["signal"]);
const explainBody = z.object({
  code: codeField,
  traceback: z
    .string()
    .max(32 * 1024)
    .optional(),
  error: reportedError.nullable().optional(),
  status: explainedStatus.optional(),
  stdout: z
    .string()
    .max(64 * 1024)
    .optional(),
});
const explanation = z.object({
  errorType: z.string(),
  line: z.number().nullable(),
  title: z.string(),
  explanation: z.string(),
  hints: z.array(z.string()),
  conceptIds: z.array(z.string()),
  names: z.array(z.string()),
  source: z.literal("offline"),
});

/** an error (the sandbox's parsed error, a traceback, or a status such as timeout) in plain language */
export const debugExplain = defineEndpoint({
  method: "POST",
  path: "/api/debug/explain",
  body: explainBody,
  response: explanation,
});

/** one rung of the hint ladder: 1 nudge, 2 concept, 3 pointed hint (never the corrected program) */
export const debugHint = defineEndpoint({
  method: "POST",
  path: "/api/debug/hint",
  body: explainBody.extend({ level: z.number().int().min(1).max(3) }),
  response: z.object({ level: z.number(), of: z.number(), text: z.string() }),
});

/** an exercise's failing checks explained without giving the solution */
export const debugExplainTests = defineEndpoint({
  method: "POST",
  path: "/api/debug/explain-tests",
  body: z.object({
    code: codeField,
    testResults: z.array(z.object({ name: z.string(), passed: z.boolean(), message: z.string() })).max(100),
  }),
  response: explanation.omit({ errorType: true, line: true, source: true }),
});
