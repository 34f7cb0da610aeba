import { codeReview } from "@emberlearn/contracts/http";
import { userOf, type App, type Emitter } from "@emberlearn/platform";
import { reviewCode } from "../domain/review.ts";
import { tutorRoute } from "./tutor-route.ts";

export function reviewRoutes(app: App, deps: { events: Emitter }) {
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
