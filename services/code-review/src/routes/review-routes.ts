import { codeReview } from "@emberlearn/contracts/http";
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

export function reviewRoutes(app: App, deps: { db: Db; tables: MessagingTables; relay: OutboxRelay }) {
  app.post(
    "/api/code-review/review",
    {
      schema: {
        tags: ["code-review"],
        summary: "Findings (Ruff + beginner rules) in plain language, and a 0–100 quality score",
        body: codeReview.body,
        response: { 200: codeReview.response },
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
