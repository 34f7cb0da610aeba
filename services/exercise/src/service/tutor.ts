import type { z } from "zod";
import { type exerciseCheck, type exerciseTutor, progressMe } from "@emberlearn/contracts/http";
import { TooManyRequestsError, type ServiceClient } from "@emberlearn/platform";
import { gradingInput, renderExercise, studentView, variantSeed } from "../domain/exercise.ts";
import { summariseCheck } from "../domain/check.ts";
import { ladderStep } from "../domain/ladder.ts";
import type { RateLimiter } from "../domain/rate-limit.ts";
import type { Viewer } from "../domain/visibility.ts";
import type { Grader } from "../repository/sandbox-client.ts";
import type { ExerciseService } from "./exercises.ts";

// The exercise tutor: a practice check (the hidden tests, nothing recorded, rate-limited), and the
// tutor answer with the next rung of the hint ladder (rung 3 only after an attempt), or, with no
// exercise open, the next exercise progress suggests.

export interface TutorDeps {
  exercises: ExerciseService;
  progress: ServiceClient;
  grader: Grader;
  limiter: RateLimiter;
}

export function createExerciseTutor(deps: TutorDeps) {
  const { exercises } = deps;
  return {
    async check(user: Viewer, req: z.infer<typeof exerciseCheck.body>) {
      const me = user.id;
      const wait = deps.limiter.take(me);
      if (wait) throw new TooManyRequestsError(`Too many checks: try again in ${wait} seconds`, wait);
      const def = await exercises.getVisible(exercises.viewer(user), req.exerciseId);
      // the student's own variant of the tests; nothing is stored (the sandbox still counts it as a run)
      const { exercise } = renderExercise(def, variantSeed(me, def.id));
      const run = await deps.grader.runTests(
        gradingInput(exercise, req.code, { exerciseId: def.id, moduleId: def.module, studentId: me }),
      );
      return { exerciseId: def.id, title: studentView(def, me).title, ...summariseCheck(run) };
    },

    async answer(user: Viewer, req: z.infer<typeof exerciseTutor.body>) {
      const me = user.id;
      if (req.exerciseId) {
        const def = await exercises.getVisible(exercises.viewer(user), req.exerciseId);
        const view = studentView(def, me);
        const step = ladderStep(req.hintLevel ?? 1, view.hintCount, req.attempted ?? false);
        const given = { ...exercises.hintOf(me, def, step.level), held: step.held };
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
      const next = await deps.progress.request(progressMe, { timeoutMs: 3000 }).catch(() => ({ next: null }));
      const all = await exercises.visibleTo(exercises.listViewer(user));
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
  };
}

export type ExerciseTutor = ReturnType<typeof createExerciseTutor>;
