import { z } from "zod";
import type { App } from "@emberlearn/platform";
import { reviewCode } from "../domain/review.ts";
import { reviewAnswer } from "../domain/tutor-answer.ts";

const code = z.string().max(64 * 1024, "must be at most 64 KB of code");

// called by triage: the offline answer and model context, knowing whether the code runs and passes
export function tutorRoute(app: App) {
  app.post(
    "/api/code-review/tutor",
    {
      schema: {
        tags: ["tutor"],
        summary: "The code-review tutor's offline answer and model context (no score for code that fails)",
        body: z
          .object({
            message: z.string().max(4000),
            code: code.optional(),
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
        response: {
          200: z.object({
            agent: z.literal("code-review"),
            offline: z.string(),
            context: z.string(),
            topic: z.object({ key: z.string(), label: z.string() }).optional(),
          }),
        },
      },
    },
    async (req) => {
      const topic = { key: "review", label: "a review of your code" };
      if (!req.body.code?.trim())
        return {
          agent: "code-review" as const,
          offline:
            "Paste or write your code in the editor, then ask again. I will look at how readable it is and suggest one or two improvements.",
          context: "",
        };
      const r = await reviewCode(req.body.code);
      const run = {
        status: req.body.lastRun?.status,
        errorType: req.body.lastRun?.error?.type,
        line: req.body.lastRun?.error?.line,
        checksPass: req.body.check?.passed,
      };
      const failing = (run.status && run.status !== "ok") || run.checksPass === false;
      return {
        agent: "code-review" as const,
        offline: reviewAnswer(r, run),
        topic,
        context: r.syntaxError
          ? `Syntax error on line ${r.syntaxError.line}: ${r.syntaxError.message}`
          : `${failing ? "The code does not work yet (no score, no praise)." : `Quality score ${r.score}/100.`} Findings: ${r.findings.map((f) => `line ${f.line} ${f.rule}: ${f.message}`).join("; ")}`,
      };
    },
  );
}
