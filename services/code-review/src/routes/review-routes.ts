import { z } from "zod";
import { learningContext } from "@emberlearn/contracts";
import { userOf, type App, type Emitter } from "@emberlearn/platform";
import { reviewCode } from "../domain/review.ts";
import { tutorRoute } from "./tutor-route.ts";

const finding = z.object({
  rule: z.string(),
  line: z.number(),
  column: z.number(),
  severity: z.enum(["info", "warning", "error"]),
  message: z.string(),
  suggestion: z.string(),
  source: z.enum(["ruff", "beginner"]),
});
const review = z.object({
  score: z.number(),
  findings: z.array(finding),
  syntaxError: z.object({ line: z.number(), message: z.string() }).optional(),
});
const code = z.string().max(64 * 1024, "must be at most 64 KB of code");

export function reviewRoutes(app: App, deps: { events: Emitter }) {
  app.post(
    "/api/code-review/review",
    {
      schema: {
        tags: ["code-review"],
        summary: "Findings (Ruff + beginner rules) in plain language, and a 0–100 quality score",
        body: z.object({
          code,
          ...learningContext,
          record: z
            .boolean()
            .default(true)
            .describe("publish code.reviewed (feeds mastery); the exercise service sets false"),
        }),
        response: { 200: review },
      },
    },
    async (req) => {
      const result = await reviewCode(req.body.code);
      if (req.body.record && !result.syntaxError) {
        const data = {
          studentId: userOf(req).id,
          score: result.score,
          findings: result.findings.length,
          ...(req.body.moduleId ? { moduleId: req.body.moduleId } : {}),
          ...(req.body.exerciseId ? { exerciseId: req.body.exerciseId } : {}),
        };
        await deps.events.transaction((tx) => deps.events.emit(tx, "code.reviewed", data));
      }
      return result;
    },
  );

  tutorRoute(app);
}
