import { createSolutionGuard } from "@emberlearn/platform";
import { renderExercise, studentView, variantSeed } from "../domain/exercise.ts";
import type { ExerciseService } from "./exercises.ts";

// Service-to-service only: triage sends each piece of a model's answer here before the student sees it.
// The solution never leaves this service; only the checked text comes back.

export function createSolutionCheck(exercises: ExerciseService) {
  return async function check(studentId: string, exerciseId: string, text: string) {
    const def = await exercises.getAny(exerciseId);
    const mine = renderExercise(def, variantSeed(studentId, def.id)).exercise;
    // every variant's solution counts: a classmate's variant is a leak too
    const variants = Object.entries(def.params ?? {}).flatMap(([k, vs]) => vs.map((v) => [k, v] as const));
    const solutions = [def.solution, ...variants.map(([k, v]) => def.solution.replaceAll(`{{${k}}}`, v))];
    const view = studentView(def, studentId);
    const guard = createSolutionGuard(solutions.join("\n"), `${mine.starter}\n${view.prompt}`);
    const verdict = guard.check(text);
    return { text: verdict.text, refuse: Boolean(verdict.refuse), stripped: verdict.stripped, kept: verdict.kept };
  };
}

export type SolutionCheck = ReturnType<typeof createSolutionCheck>;
