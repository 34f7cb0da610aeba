import { randomUUID } from "node:crypto";
import type { Db, Emitter } from "@emberlearn/platform";
import type { Viewer } from "../domain/visibility.ts";
import { gradingInput, renderExercise, variantSeed } from "../domain/exercise.ts";
import { gradeRun, type Grade } from "../domain/grading.ts";
import type { Grader } from "../repository/sandbox-client.ts";
import { insertSubmission, listSubmissions } from "../repository/exercise-repository.ts";
import type { ExerciseService } from "./exercises.ts";

// A submission: graded by the hidden tests in the sandbox, stored with its events (exercise.submitted,
// exercise.graded) in one transaction, so progress sees every graded attempt exactly once.

export interface SubmissionDeps {
  db: Db;
  events: Emitter;
  grader: Grader;
  exercises: ExerciseService;
  /** code-quality score (0–100) from the code-review service; undefined when it is unavailable */
  qualityOf(code: string): Promise<number | undefined>;
}

export function createSubmissionService(deps: SubmissionDeps) {
  const { events, grader, exercises } = deps;
  return {
    async submit(
      user: Viewer,
      exerciseId: string,
      code: string,
    ): Promise<{ submissionId: string; grade: Grade; variant: string }> {
      const studentId = user.id;
      const def = await exercises.getVisible(exercises.viewer(user), exerciseId);
      const { exercise, variant } = renderExercise(def, variantSeed(studentId, def.id));
      const [run, qualityScore] = await Promise.all([
        grader.runTests(gradingInput(exercise, code, { exerciseId, moduleId: def.module, studentId })),
        deps.qualityOf(code),
      ]);
      const grade = gradeRun(run);
      const submissionId = randomUUID();
      const common = { studentId, exerciseId, submissionId, moduleId: def.module };
      await events.transaction(async (tx) => {
        await insertSubmission(tx, { id: submissionId, studentId, exerciseId, variant, code, grade });
        await events.emit(tx, "exercise.submitted", common);
        await events.emit(tx, "exercise.graded", {
          ...common,
          score: grade.score,
          passed: grade.passed,
          difficulty: def.difficulty,
          ...(qualityScore !== undefined ? { qualityScore } : {}),
          // what a teacher needs to read the attempt: which exercise, the code, why it failed
          exerciseTitle: exercise.title.slice(0, 200),
          code,
          ...(run.error && grade.tests.length === 0
            ? { error: { type: run.error.type, message: run.error.message.slice(0, 2000), line: run.error.line } }
            : {}),
          failures: grade.tests
            .filter((t) => !t.passed)
            .slice(0, 20)
            .map((t) => ({ name: t.name.slice(0, 300), message: t.message.slice(0, 2000) })),
        });
      });
      return { submissionId, grade, variant };
    },

    /** The student's submissions, newest first: to one exercise, or all of them. */
    mine: (studentId: string, exerciseId?: string) => listSubmissions(deps.db, studentId, exerciseId),
  };
}

export type SubmissionService = ReturnType<typeof createSubmissionService>;
