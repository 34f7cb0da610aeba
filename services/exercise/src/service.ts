import { randomUUID } from "node:crypto";
import {
  createEvent,
  enqueueEvents,
  NotFoundError,
  ValidationError,
  type Db,
  type MessagingTables,
  type OutboxRelay,
} from "@emberlearn/platform";
import { renderExercise, studentView, variantSeed, type ExerciseDefinition } from "./domain/exercise.ts";
import { gradeRun, type Grade } from "./domain/grading.ts";
import { scoreQuiz } from "./domain/quiz.ts";
import type { Curriculum } from "./repository/curriculum.ts";
import type { Grader } from "./repository/sandbox-client.ts";
import {
  insertQuizAttempt,
  insertSubmission,
  listCustomExercises,
  upsertCustomExercise,
} from "./repository/exercise-repository.ts";

// The exercise service's use cases: each one is a short sequence of domain
// calls, the sandbox, and a transaction that stores the change with its events.

export interface ExerciseServiceDeps {
  db: Db;
  tables: MessagingTables;
  relay: OutboxRelay;
  curriculum: Curriculum;
  grader: Grader;
  /** code-quality score (0–100) from the code-review service; undefined when it is unavailable */
  qualityOf(code: string): Promise<number | undefined>;
}

export function createExerciseService(deps: ExerciseServiceDeps) {
  const { db, tables, relay, curriculum, grader } = deps;

  async function allExercises(): Promise<ExerciseDefinition[]> {
    return [...curriculum.exercises, ...(await listCustomExercises(db))];
  }

  async function getExercise(id: string): Promise<ExerciseDefinition> {
    const found =
      curriculum.exercises.find((e) => e.id === id) ?? (await listCustomExercises(db)).find((e) => e.id === id);
    if (!found) throw new NotFoundError(`Exercise "${id}"`);
    return found;
  }

  /** Runs the solution (must pass) and the starter (must fail) in the sandbox before an exercise is accepted. */
  async function validateExercise(def: ExerciseDefinition): Promise<void> {
    const { exercise } = renderExercise(def, variantSeed("validation", def.id));
    const solution = gradeRun(await grader.runTests({ code: exercise.solution, tests: exercise.tests }));
    if (!solution.passed)
      throw new ValidationError(
        `The reference solution does not pass its tests: ${solution.summary} ${solution.tests
          .filter((t) => !t.passed)
          .map((t) => `${t.name}: ${t.message}`)
          .join("; ")}`.trim(),
        [{ field: "body.solution", message: "must pass every test" }],
      );
    const starter = gradeRun(await grader.runTests({ code: exercise.starter, tests: exercise.tests }));
    if (starter.passed)
      throw new ValidationError("The starter code already passes every test, so there is nothing to solve", [
        { field: "body.starter", message: "must fail at least one test" },
      ]);
  }

  return {
    allExercises,
    getExercise,
    validateExercise,

    async submit(
      studentId: string,
      exerciseId: string,
      code: string,
    ): Promise<{ submissionId: string; grade: Grade; variant: string }> {
      const def = await getExercise(exerciseId);
      const { exercise, variant } = renderExercise(def, variantSeed(studentId, def.id));
      const [run, qualityScore] = await Promise.all([
        grader.runTests({ code, tests: exercise.tests, exerciseId, moduleId: def.module, studentId }),
        deps.qualityOf(code),
      ]);
      const grade = gradeRun(run);
      const submissionId = randomUUID();
      const common = { studentId, exerciseId, submissionId, moduleId: def.module };
      await db.transaction(async (tx) => {
        await insertSubmission(tx as unknown as Db, { id: submissionId, studentId, exerciseId, variant, code, grade });
        await enqueueEvents(tx as unknown as Db, tables, [
          createEvent("exercise.submitted", common, "exercise"),
          createEvent(
            "exercise.graded",
            {
              ...common,
              score: grade.score,
              passed: grade.passed,
              difficulty: def.difficulty,
              ...(qualityScore !== undefined ? { qualityScore } : {}),
            },
            "exercise",
          ),
        ]);
      });
      relay.poke();
      return { submissionId, grade, variant };
    },

    hint(studentId: string, def: ExerciseDefinition, level: number): { level: number; of: number; text: string } {
      const { exercise } = renderExercise(def, variantSeed(studentId, def.id));
      if (level > exercise.hints.length) throw new NotFoundError(`Hint ${level}`);
      return { level, of: exercise.hints.length, text: exercise.hints[level - 1]! };
    },

    async attemptQuiz(studentId: string, quizId: string, answers: Record<string, string | number>) {
      const quiz = curriculum.quizzes.find((q) => q.id === quizId);
      if (!quiz) throw new NotFoundError(`Quiz "${quizId}"`);
      const unknown = Object.keys(answers).filter((id) => !quiz.questions.some((q) => q.id === id));
      if (unknown.length)
        throw new ValidationError(
          `Unknown question id ${unknown[0]}`,
          unknown.map((id) => ({ field: `body.answers.${id}`, message: "is not a question of this quiz" })),
        );
      const result = scoreQuiz(quiz.questions, answers);
      await db.transaction(async (tx) => {
        await insertQuizAttempt(tx as unknown as Db, {
          id: randomUUID(),
          studentId,
          quizId,
          answers,
          score: result.score,
          correct: result.correct,
          total: result.total,
        });
        await enqueueEvents(tx as unknown as Db, tables, [
          createEvent(
            "quiz.completed",
            {
              studentId,
              quizId,
              moduleId: quiz.module,
              score: result.score,
              correct: result.correct,
              total: result.total,
            },
            "exercise",
          ),
        ]);
      });
      relay.poke();
      return result;
    },

    async saveCustom(def: ExerciseDefinition & { authorId: string }) {
      await validateExercise(def);
      await upsertCustomExercise(db, def);
      return studentView(def, def.authorId);
    },
  };
}

export type ExerciseService = ReturnType<typeof createExerciseService>;
