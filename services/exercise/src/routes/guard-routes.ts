import { exerciseGuard } from "@emberlearn/contracts/http";
import { createSolutionGuard, userOf, type App } from "@emberlearn/platform";
import { renderExercise, studentView, variantSeed } from "../domain/exercise.ts";
import type { ExerciseService } from "../service.ts";

// Service-to-service only (the gateway never exposes it): triage sends each piece of a model's
// answer here before the student sees it. The solution never leaves this service; only the checked
// text comes back. Exposed to students it would be an oracle for guessing the solution.
export function guardRoutes(app: App, svc: ExerciseService) {
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
    async (req) => {
      const me = userOf(req).id;
      const def = await svc.getAny(req.body.exerciseId);
      const mine = renderExercise(def, variantSeed(me, def.id)).exercise;
      // every variant's solution counts: a classmate's variant is a leak too
      const variants = Object.entries(def.params ?? {}).flatMap(([k, vs]) => vs.map((v) => [k, v] as const));
      const solutions = [def.solution, ...variants.map(([k, v]) => def.solution.replaceAll(`{{${k}}}`, v))];
      const view = studentView(def, me);
      const guard = createSolutionGuard(solutions.join("\n"), `${mine.starter}\n${view.prompt}`);
      const verdict = guard.check(req.body.text);
      return { text: verdict.text, refuse: Boolean(verdict.refuse), stripped: verdict.stripped, kept: verdict.kept };
    },
  );
}
