import { ValidationError } from "@emberlearn/platform";
import { gradingInput, renderExercise, variantSeed, type ExerciseDefinition } from "../domain/exercise.ts";
import { describeFailure, gradeRun } from "../domain/grading.ts";
import type { Grader } from "../repository/sandbox-client.ts";

export type ValidateExercise = ReturnType<typeof createExerciseValidator>;

/**
 * Runs the solution (must pass) and the starter (must fail) in the sandbox before an exercise is
 * accepted. A refusal names each failing test and what went wrong, on the field that holds the
 * code at fault (`fields`: "body.solution" for the studio form, a file of an imported folder).
 */
export function createExerciseValidator(grader: Grader) {
  return async function validateExercise(
    def: ExerciseDefinition,
    fields = { solution: "body.solution", starter: "body.starter" },
  ) {
    const { exercise } = renderExercise(def, variantSeed("validation", def.id));
    const solution = gradeRun(await grader.runTests(gradingInput(exercise, exercise.solution)));
    if (!solution.passed) {
      const failing = solution.tests.filter((t) => !t.passed && t.outcome !== "skipped");
      const issues = failing
        .slice(0, 10)
        .map((t) => ({ field: fields.solution, message: `fails ${describeFailure(t)}` }));
      const first = failing[0] ? ` First failing test: ${describeFailure(failing[0])}` : "";
      throw new ValidationError(
        `The reference solution does not pass its tests: ${solution.summary}${first}`,
        issues.length ? issues : [{ field: fields.solution, message: `must pass every test (${solution.summary})` }],
      );
    }
    const starter = gradeRun(await grader.runTests(gradingInput(exercise, exercise.starter)));
    if (starter.passed)
      throw new ValidationError("The starter code already passes every test, so there is nothing to solve", [
        { field: fields.starter, message: "must fail at least one test" },
      ]);
  };
}
