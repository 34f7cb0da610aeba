import { randomUUID } from "node:crypto";
import { NotFoundError, ValidationError, type Db, type Emitter } from "@emberlearn/platform";
import { gradingInput, renderExercise, variantSeed, type ExerciseDefinition } from "./domain/exercise.ts";
import { describeFailure, gradeRun, type Grade } from "./domain/grading.ts";
import { canSee, dependsOnClasses, type RequestViewer } from "./domain/visibility.ts";
import type { Curriculum } from "./repository/curriculum.ts";
import type { Grader } from "./repository/sandbox-client.ts";
import { insertSubmission } from "./repository/exercise-repository.ts";
import { findCustomExercise, listCandidateExercises } from "./repository/custom-exercise-repository.ts";

// The exercise service's use cases: each one is a short sequence of domain
// calls, the sandbox, and a transaction that stores the change with its events.
// Every read of an exercise goes through `visibleTo`/`getVisible`, so an
// exercise a viewer may not see is "not found" everywhere (list, page, hints,
// submissions, tutor).

export interface ExerciseServiceDeps {
  db: Db;
  events: Emitter;
  curriculum: Curriculum;
  grader: Grader;
  /** code-quality score (0–100) from the code-review service; undefined when it is unavailable */
  qualityOf(code: string): Promise<number | undefined>;
}

export function createExerciseService(deps: ExerciseServiceDeps) {
  const { db, events, curriculum, grader } = deps;

  async function seenBy(viewer: RequestViewer, defs: ExerciseDefinition[]): Promise<ExerciseDefinition[]> {
    const teachers = defs.some((d) => dependsOnClasses(viewer, d)) ? await viewer.classTeacherIds() : new Set<string>();
    return defs.filter((d) => canSee(viewer, d, teachers));
  }

  /** The curriculum and every custom exercise this viewer may see. */
  async function visibleTo(viewer: RequestViewer): Promise<ExerciseDefinition[]> {
    const custom = await listCandidateExercises(db, viewer.role === "admin" ? "all" : viewer.id);
    return [...curriculum.exercises, ...(await seenBy(viewer, custom))];
  }

  async function getVisible(viewer: RequestViewer, id: string): Promise<ExerciseDefinition> {
    const found = curriculum.exercises.find((e) => e.id === id) ?? (await findCustomExercise(db, id));
    if (!found || (await seenBy(viewer, [found])).length === 0) throw new NotFoundError(`Exercise "${id}"`);
    return found;
  }

  /** Any exercise by id, whoever may see it: for internal checks (the tutor's solution guard). */
  async function getAny(id: string): Promise<ExerciseDefinition> {
    const found = curriculum.exercises.find((e) => e.id === id) ?? (await findCustomExercise(db, id));
    if (!found) throw new NotFoundError(`Exercise "${id}"`);
    return found;
  }

  /**
   * Runs the solution (must pass) and the starter (must fail) in the sandbox before an exercise is
   * accepted. A refusal names each failing test and what went wrong, on the field that holds the
   * code at fault (`fields`: "body.solution" for the studio form, a file of an imported folder).
   */
  async function validateExercise(
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
  }

  return {
    visibleTo,
    getVisible,
    getAny,
    validateExercise,

    async submit(
      viewer: RequestViewer,
      exerciseId: string,
      code: string,
    ): Promise<{ submissionId: string; grade: Grade; variant: string }> {
      const studentId = viewer.id;
      const def = await getVisible(viewer, exerciseId);
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

    hint(studentId: string, def: ExerciseDefinition, level: number): { level: number; of: number; text: string } {
      const { exercise } = renderExercise(def, variantSeed(studentId, def.id));
      if (level > exercise.hints.length) throw new NotFoundError(`Hint ${level}`);
      return { level, of: exercise.hints.length, text: exercise.hints[level - 1] };
    },
  };
}

export type ExerciseService = ReturnType<typeof createExerciseService>;
