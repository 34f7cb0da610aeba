import { ForbiddenError, type App, type Db } from "@emberlearn/platform";
import type { Curriculum } from "../repository/curriculum.ts";
import { classesWithStudent, type ClassDirectory } from "../repository/class-directory.ts";
import { findCustomExercise } from "../repository/custom-exercise-repository.ts";
import { listSubmissionsWithCode, listSubmittedAttemptsOf } from "../repository/teacher-queries.ts";
import { studentQuizAttempts, studentSubmissions } from "@emberlearn/contracts/http";

// The evidence behind a student's numbers, for their teacher: every submission with its code and
// per-check results, and every quiz attempt with the questions as they were asked.

const teacherOnly = { roles: ["teacher", "admin"] as ("teacher" | "admin")[] };
export function teacherStudentRoutes(app: App, deps: { db: Db; curriculum: Curriculum; classes: ClassDirectory }) {
  const { db, curriculum, classes } = deps;
  async function mine(studentId: string) {
    if ((await classesWithStudent(classes, studentId)).length === 0)
      throw new ForbiddenError("This student is not in one of your classes");
  }
  const titles = new Map<string, { title: string; module: string }>(
    curriculum.exercises.map((e) => [e.id, { title: e.title, module: e.module }]),
  );
  async function exerciseInfo(id: string) {
    const known = titles.get(id);
    if (known) return known;
    const found = await findCustomExercise(db, id);
    const info = { title: found?.title ?? id, module: found?.module ?? "" };
    titles.set(id, info);
    return info;
  }

  app.get(
    "/api/exercise/students/:studentId/submissions",
    {
      config: teacherOnly,
      schema: {
        tags: ["teacher"],
        summary: "A student of mine: their submissions, newest first, with the code and each check's result",
        params: studentSubmissions.params,
        querystring: studentSubmissions.query,
        response: { 200: studentSubmissions.response },
      },
    },
    async (req) => {
      await mine(req.params.studentId);
      const rows = await listSubmissionsWithCode(db, req.params.studentId);
      const out = [];
      for (const s of rows) {
        const info = await exerciseInfo(s.exerciseId);
        if (req.query.module && info.module !== req.query.module) continue;
        if (req.query.exerciseId && s.exerciseId !== req.query.exerciseId) continue;
        const { results, ...rest } = s;
        out.push({
          ...rest,
          exerciseTitle: info.title,
          module: info.module,
          summary: results.summary,
          tests: results.tests,
        });
      }
      return { submissions: out };
    },
  );

  app.get(
    "/api/exercise/students/:studentId/quiz-attempts",
    {
      config: teacherOnly,
      schema: {
        tags: ["teacher"],
        summary:
          "A student of mine: their submitted quiz attempts, each question as asked, their answer and the right one",
        params: studentQuizAttempts.params,
        response: { 200: studentQuizAttempts.response },
      },
    },
    async (req) => {
      await mine(req.params.studentId);
      const attempts = await listSubmittedAttemptsOf(db, req.params.studentId);
      return {
        attempts: attempts.flatMap((a) => {
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
        }),
      };
    },
  );
}
