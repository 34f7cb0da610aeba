import { z } from "zod";
import type { App } from "@emberlearn/platform";
import { explainError, explainWrongOutput, nextHint } from "../domain/index.ts";

import { code, error } from "./schemas.ts";
const status = z.enum(["ok", "error", "timeout", "memory", "processes", "output-limit", "crashed", "rejected"]);
const explainBody = z.object({
  code,
  traceback: z
    .string()
    .max(32 * 1024)
    .optional(),
  error: error.nullable().optional(),
  status: status.optional(),
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

export function debugRoutes(app: App) {
  app.post(
    "/api/debug/explain",
    {
      schema: {
        tags: ["debug"],
        summary:
          "Explain an error (from the sandbox's parsed error, a traceback, or a status such as timeout) " +
          "in plain language",
        body: explainBody,
        response: { 200: explanation },
      },
    },
    async (req) => explainError(req.body),
  );

  app.post(
    "/api/debug/hint",
    {
      schema: {
        tags: ["debug"],
        summary: "One rung of the hint ladder: 1 nudge, 2 concept, 3 pointed hint (never the corrected program)",
        body: explainBody.extend({ level: z.number().int().min(1).max(3) }),
        response: { 200: z.object({ level: z.number(), of: z.number(), text: z.string() }) },
      },
    },
    async (req) => nextHint(req.body),
  );

  app.post(
    "/api/debug/explain-tests",
    {
      schema: {
        tags: ["debug"],
        summary: "Explain an exercise's failing checks without giving the solution",
        body: z.object({
          code,
          testResults: z.array(z.object({ name: z.string(), passed: z.boolean(), message: z.string() })).max(100),
        }),
        response: { 200: explanation.omit({ errorType: true, line: true, source: true }) },
      },
    },
    async (req) => explainWrongOutput(req.body),
  );
}
