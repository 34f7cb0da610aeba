import { z } from "zod";
import { learningContext } from "../context.ts";
import { defineEndpoint } from "./endpoint.ts";
import { codeField } from "./sandbox.ts";

// The code-review service's routes that others call: the review (the web app's Review button, and the
// exercise service's quality score) and the code-review tutor (triage).

export const finding = z.object({
  rule: z.string(),
  line: z.number(),
  column: z.number(),
  severity: z.enum(["info", "warning", "error"]),
  message: z.string(),
  suggestion: z.string(),
  source: z.enum(["ruff", "beginner"]),
});
export type Finding = z.infer<typeof finding>;

export const review = z.object({
  score: z.number(),
  findings: z.array(finding),
  syntaxError: z.object({ line: z.number(), message: z.string() }).optional(),
});
export type Review = z.infer<typeof review>;

export const codeReview = defineEndpoint({
  method: "POST",
  path: "/api/code-review/review",
  body: z.object({
    code: codeField,
    ...learningContext,
    record: z
      .boolean()
      .default(true)
      .describe("publish code.reviewed (feeds mastery); the exercise service sets false"),
  }),
  response: review,
});

export const codeReviewTutor = defineEndpoint({
  method: "POST",
  path: "/api/code-review/tutor",
  body: z
    .object({
      message: z.string().max(4000),
      code: codeField.optional(),
      lastRun: z
        .object({
          status: z.string(),
          error: z
            .object({ type: z.string(), line: z.number().nullable().optional() })
            .passthrough()
            .nullable()
            .optional(),
        })
        .passthrough()
        .optional(),
      check: z.object({ passed: z.boolean() }).passthrough().optional(),
    })
    .passthrough(),
  response: z.object({
    agent: z.literal("code-review"),
    offline: z.string(),
    context: z.string(),
    topic: z.object({ key: z.string(), label: z.string() }).optional(),
  }),
});
