import { z } from "zod";
import { learningContext } from "@emberlearn/contracts";
import {
  createEvent,
  enqueueEvents,
  userOf,
  type App,
  type Db,
  type MessagingTables,
  type OutboxRelay,
} from "@emberlearn/platform";
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

export function reviewRoutes(app: App, deps: { db: Db; tables: MessagingTables; relay: OutboxRelay }) {
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
        const event = createEvent(
          "code.reviewed",
          {
            studentId: userOf(req).id,
            score: result.score,
            findings: result.findings.length,
            ...(req.body.moduleId ? { moduleId: req.body.moduleId } : {}),
            ...(req.body.exerciseId ? { exerciseId: req.body.exerciseId } : {}),
          },
          "code-review",
        );
        await deps.db.transaction(async (tx) => enqueueEvents(tx as unknown as Db, deps.tables, [event]));
        deps.relay.poke();
      }
      return result;
    },
  );

  tutorRoute(app);
}
