import { z } from "zod";
import type { App, ServiceClient } from "@emberlearn/platform";
import { explainError, explainWrongOutput, nextHint } from "../domain/index.ts";

const code = z.string().max(64 * 1024, "must be at most 64 KB of code");
const error = z
  .object({
    type: z.string().min(1).max(100),
    message: z.string().max(4000),
    line: z.number().int().nullable().optional(),
  })
  .passthrough();
const status = z.enum(["ok", "error", "timeout", "memory", "output-limit", "rejected"]);
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
const runReply = z.object({ status: z.string(), stdout: z.string(), error: error.nullable() }).passthrough();

export function debugRoutes(app: App, sandbox: ServiceClient) {
  app.post(
    "/api/debug/explain",
    {
      schema: {
        tags: ["debug"],
        summary:
          "Explain an error (from the sandbox's parsed error, a traceback, or a status such as timeout) in plain language",
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

  // called by triage: run the student's code if no run is given, then explain
  app.post(
    "/api/debug/tutor",
    {
      schema: {
        tags: ["tutor"],
        summary: "The debugging tutor's offline answer and model context",
        body: z
          .object({
            message: z.string().max(4000),
            code: code.optional(),
            lastRun: z
              .object({ status: z.string(), error: error.nullable().optional(), stdout: z.string().optional() })
              .optional(),
          })
          .passthrough(),
        response: { 200: z.object({ agent: z.literal("debug"), offline: z.string(), context: z.string() }) },
      },
    },
    async (req) => {
      const { code: source, lastRun } = req.body;
      if (!source)
        return {
          agent: "debug" as const,
          offline:
            "Share your code and run it once, then ask again. I will read the error with you and point at the line that matters.",
          context: "",
        };
      const run =
        lastRun ??
        (await sandbox
          .call({
            method: "POST",
            path: "/api/sandbox/run",
            body: { code: source },
            schema: runReply,
            timeoutMs: 10_000,
          })
          .catch(() => undefined));
      if (!run || run.status === "ok") {
        return {
          agent: "debug" as const,
          offline:
            "Your program runs without an error. If the result is not what you expected, print the values step by step and compare them with what you expected at each step. Which step is the first one that differs?",
          context: `The program ran without error. Output: ${(run?.stdout ?? "").slice(0, 500)}`,
        };
      }
      const e = explainError({ code: source, status: run.status as "error", error: run.error ?? undefined });
      return {
        agent: "debug" as const,
        offline: `**${e.title}**${e.line ? ` (line ${e.line})` : ""}\n\n${e.explanation}\n\n**Hint:** ${e.hints[0]}`,
        context: `Error ${e.errorType}${e.line ? ` on line ${e.line}` : ""}: ${run.error?.message ?? run.status}. Offline explanation: ${e.explanation} Hints (give one at a time): ${e.hints.join(" | ")}`,
      };
    },
  );
}
