import { loadCurriculum } from "@emberlearn/content";
import type { ExerciseDefinition } from "../domain/exercise.ts";
import type { QuizQuestion } from "../domain/quiz.ts";

export interface Quiz {
  id: string;
  module: string;
  title: string;
  /** how many questions of the pool one attempt draws */
  perAttempt: number;
  questions: QuizQuestion[];
}

export interface Curriculum {
  modules: { id: string; title: string; order: number }[];
  exercises: ExerciseDefinition[];
  quizzes: Quiz[];
}

/** Reads the checked-in curriculum once at start (it is validated by its own tests in CI). */
export async function readCurriculum(): Promise<Curriculum> {
  const c = await loadCurriculum();
  return {
    modules: c.modules.map((m) => ({ id: m.id, title: m.title, order: m.order })),
    exercises: c.exercises.map((e) => ({
      id: e.id,
      origin: "curriculum",
      module: e.module,
      title: e.title,
      difficulty: e.difficulty,
      tags: e.tags,
      concepts: e.concepts,
      hints: e.hints,
      prompt: e.prompt,
      starter: e.starter,
      solution: e.solution,
      tests: e.tests,
      params: e.params,
    })),
    quizzes: c.quizzes.map((q) => ({
      id: q.id,
      module: q.module,
      title: q.title,
      perAttempt: q.perAttempt,
      questions: q.questions as QuizQuestion[],
    })),
  };
}
