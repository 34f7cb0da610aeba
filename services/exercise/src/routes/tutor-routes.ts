import { exerciseCheck, exerciseTutor } from "@emberlearn/contracts/http";
import { userOf, type App } from "@emberlearn/platform";
import type { ExerciseTutor } from "../service/tutor.ts";

/**
 * The exercise tutor's routes: a practice check (the hidden tests, nothing recorded, rate-limited),
 * and the tutor answer with the next rung of the hint ladder (rung 3 only after an attempt).
 */
export function tutorRoutes(app: App, tutor: ExerciseTutor) {
  app.post(
    "/api/exercise/checks",
    {
      schema: {
        tags: ["tutor"],
        summary:
          "Check my code against the exercise's hidden tests without submitting: the first failing check in words, " +
          "never the tests",
        body: exerciseCheck.body,
        response: { 200: exerciseCheck.response },
      },
    },
    async (req) => tutor.check(userOf(req), req.body),
  );

  app.post(
    "/api/exercise/tutor",
    {
      schema: {
        tags: ["tutor"],
        summary: "The exercise tutor's offline answer, model context and the next hint rung",
        body: exerciseTutor.body,
        response: { 200: exerciseTutor.response },
      },
    },
    async (req) => tutor.answer(userOf(req), req.body),
  );
}
