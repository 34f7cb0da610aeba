import { exerciseCheck, exerciseTutor, progressMe } from "@emberlearn/contracts/http";
import { TooManyRequestsError, userOf, type App, type ServiceClient } from "@emberlearn/platform";
import { gradingInput, renderExercise, studentView, variantSeed } from "../domain/exercise.ts";
import { summariseCheck } from "../domain/check.ts";
import { ladderStep } from "../domain/ladder.ts";
import type { RateLimiter } from "../domain/rate-limit.ts";
import type { Grader } from "../repository/sandbox-client.ts";
import type { ExerciseService } from "../service.ts";
import type { ClassDirectory } from "../repository/class-directory.ts";
import { degradedViewer, viewerOf } from "./viewer.ts";

/**
 * The exercise tutor's routes: a practice check (the hidden tests, nothing recorded, rate-limited),
 * and the tutor answer with the next rung of the hint ladder (rung 3 only after an attempt).
 */
export function tutorRoutes(
  app: App,
  deps: {
    svc: ExerciseService;
    progress: ServiceClient;
    grader: Grader;
    limiter: RateLimiter;
    classes: ClassDirectory;
  },
) {
  const { svc, progress, classes } = deps;
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
    async (req) => {
      const me = userOf(req).id;
      const wait = deps.limiter.take(me);
      if (wait) throw new TooManyRequestsError(`Too many checks: try again in ${wait} seconds`, wait);
      const def = await svc.getVisible(viewerOf(req, classes), req.body.exerciseId);
      // the student's own variant of the tests; nothing is stored (the sandbox still counts it as a run)
      const { exercise } = renderExercise(def, variantSeed(me, def.id));
      const run = await deps.grader.runTests(
        gradingInput(exercise, req.body.code, { exerciseId: def.id, moduleId: def.module, studentId: me }),
      );
      return { exerciseId: def.id, title: studentView(def, me).title, ...summariseCheck(run) };
    },
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
    async (req) => {
      const me = userOf(req).id;
      if (req.body.exerciseId) {
        const def = await svc.getVisible(viewerOf(req, classes), req.body.exerciseId);
        const view = studentView(def, me);
        const step = ladderStep(req.body.hintLevel ?? 1, view.hintCount, req.body.attempted ?? false);
        const given = { ...svc.hint(me, def, step.level), held: step.held };
        const offline = step.held
          ? `You are working on **${view.title}**. The last hint is a pointed one, so first try a change and run ` +
            `your code. Here is the hint before it again:\n\n> ${given.text}`
          : `You are working on **${view.title}**. Hint ${given.level} of ${given.of}:\n\n> ${given.text}\n\nTry ` +
            "one small step, run your code, and look at what changes.";
        return {
          agent: "exercise" as const,
          exerciseId: def.id,
          hint: given,
          offline,
          context:
            `Exercise "${view.title}" (${view.difficulty}, module ${view.module}). ` +
            `Statement:\n${view.prompt.slice(0, 3000)}\nThe hint to give now (rung ${given.level} of ` +
            `${given.of}, never the solution): ${given.text}`,
        };
      }
      const next = await progress.request(progressMe, { timeoutMs: 3000 }).catch(() => ({ next: null }));
      const all = await svc.visibleTo(degradedViewer(viewerOf(req, classes), req.log));
      const def = all.find((e) => e.id === next.next?.exercise?.id) ?? all.find((e) => e.difficulty === "easy");
      if (!def)
        return {
          agent: "exercise" as const,
          exerciseId: null,
          hint: null,
          offline: "There are no exercises yet. Ask your teacher to add some!",
          context: "",
        };
      const view = studentView(def, me);
      const why = next.next?.reason ? `${next.next.reason}, so ` : "";
      return {
        agent: "exercise" as const,
        exerciseId: def.id,
        hint: null,
        offline:
          `${why}here is a good exercise for you: **${view.title}** ` +
          `(${view.difficulty}).\n\n${view.prompt.split("\n").slice(0, 6).join("\n")}\n\nOpen it from the ` +
          "Exercises page. Read the examples first, then write the smallest piece that works.",
        context:
          `Suggested exercise "${view.title}" (${view.difficulty}, module ${view.module}): ` +
          `${view.prompt.slice(0, 2000)}`,
      };
    },
  );
}
