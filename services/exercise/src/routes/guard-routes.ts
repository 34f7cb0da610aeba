import { exerciseGuard } from "@emberlearn/contracts/http";
import { userOf, type App } from "@emberlearn/platform";
import type { SolutionCheck } from "../service/guard.ts";

// Service-to-service only (the gateway never exposes it): triage sends each piece of a model's
// answer here before the student sees it. The solution never leaves this service; only the checked
// text comes back. Exposed to students it would be an oracle for guessing the solution.
export function guardRoutes(app: App, check: SolutionCheck) {
  app.post(
    "/api/exercise/guard",
    {
      schema: {
        tags: ["tutor"],
        summary: "Internal: strip solution code from tutor text before a student sees it",
        body: exerciseGuard.body,
        response: { 200: exerciseGuard.response },
      },
    },
    async (req) => check(userOf(req).id, req.body.exerciseId, req.body.text),
  );
}
