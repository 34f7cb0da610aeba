import { ForbiddenError, type Db } from "@emberlearn/platform";
import { classesWithStudent, type ClassDirectory } from "../repository/class-directory.ts";
import type { Curriculum } from "../repository/curriculum.ts";
import { listSubmissionsWithCode, listSubmittedAttemptsOf } from "../repository/teacher-queries.ts";
import type { ExerciseService } from "./exercises.ts";

// The evidence behind a student's numbers, for their teacher: every submission with its code and
// per-check results, and every quiz attempt with the questions as they were asked.

export interface EvidenceDeps {
  db: Db;
  curriculum: Curriculum;
  classes: ClassDirectory;
  exercises: Pick<ExerciseService, "find">;
}

export function createStudentEvidence(deps: EvidenceDeps) {
  const { db, curriculum, classes } = deps;
  async function mine(studentId: string) {
    if ((await classesWithStudent(classes, studentId)).length === 0)
      throw new ForbiddenError("This student is not in one of your classes");
  }
  // titles of exercises once seen: a custom exercise's title is looked up once per process
  const titles = new Map<string, { title: string; module: string }>(
    curriculum.exercises.map((e) => [e.id, { title: e.title, module: e.module }]),
  );
  async function exerciseInfo(id: string) {
    const known = titles.get(id);
    if (known) return known;
    const found = await deps.exercises.find(id);
    const info = { title: found?.title ?? id, module: found?.module ?? "" };
    titles.set(id, info);
    return info;
  }

  return {
    /** A student of the caller's: their submissions, newest first, with the code and each check's result. */
    async submissions(studentId: string, filter: { module?: string; exerciseId?: string }) {
      await mine(studentId);
      const rows = await listSubmissionsWithCode(db, studentId);
      const out = [];
      for (const s of rows) {
        const info = await exerciseInfo(s.exerciseId);
        if (filter.module && info.module !== filter.module) continue;
        if (filter.exerciseId && s.exerciseId !== filter.exerciseId) continue;
        const { results, ...rest } = s;
        out.push({
          ...rest,
          exerciseTitle: info.title,
          module: info.module,
          summary: results.summary,
          tests: results.tests,
        });
      }
      return out;
    },

    /** A student of the caller's: their submitted quiz attempts, each question as asked, with both answers. */
    async quizAttempts(studentId: string) {
      await mine(studentId);
      const attempts = await listSubmittedAttemptsOf(db, studentId);
      return attempts.flatMap((a) => {
        const quiz = curriculum.quizzes.find((q) => q.id === a.quizId);
        if (!quiz) return [];
        const questions = a.questionIds.flatMap((id) => {
          const q = quiz.questions.find((x) => x.id === id);
          if (!q) return [];
          const r = a.results?.find((x) => x.questionId === id);
          return [
            {
              id: q.id,
              kind: q.kind,
              prompt: q.prompt,
              ...(q.kind === "multiple-choice" ? { options: q.options } : { code: q.code }),
              answered: r?.answered ?? false,
              correct: r?.correct ?? false,
              given: r?.given ?? null,
              expected: q.answer,
              explanation: q.explanation,
            },
          ];
        });
        const { id, quizId, score, correct, total, submittedAt } = a;
        return [
          { id, quizId, quizTitle: quiz.title, module: quiz.module, score, correct, total, submittedAt, questions },
        ];
      });
    },
  };
}

export type StudentEvidence = ReturnType<typeof createStudentEvidence>;
