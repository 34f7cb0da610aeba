import { codeReviewTutor } from "@emberlearn/contracts/http";
import type { App } from "@emberlearn/platform";
import type { ReviewService } from "../service/review.ts";

// called by triage: the offline answer and model context, knowing whether the code runs and passes
export function tutorRoute(app: App, reviews: ReviewService) {
  app.post(
    "/api/code-review/tutor",
    {
      schema: {
        tags: ["tutor"],
        summary: "The code-review tutor's offline answer and model context (no score for code that fails)",
        body: codeReviewTutor.body,
        response: { 200: codeReviewTutor.response },
      },
    },
    async (req) => reviews.tutor(req.body),
  );
}
