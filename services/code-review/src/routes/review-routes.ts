import { codeReview } from "@emberlearn/contracts/http";
import { userOf, type App } from "@emberlearn/platform";
import type { ReviewService } from "../service/review.ts";
import { tutorRoute } from "./tutor-route.ts";

export function reviewRoutes(app: App, reviews: ReviewService) {
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
    async (req) => reviews.review(userOf(req).id, req.body),
  );

  tutorRoute(app, reviews);
}
