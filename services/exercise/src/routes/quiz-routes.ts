import { z } from "zod";
import { NotFoundError, userOf, type App } from "@emberlearn/platform";
import type { ExerciseService } from "../service.ts";
import type { Curriculum } from "../repository/curriculum.ts";

const question = z.discriminatedUnion("kind", [
  z.object({ id: z.string(), kind: z.literal("multiple-choice"), prompt: z.string(), options: z.array(z.string()) }),
  z.object({ id: z.string(), kind: z.literal("predict-output"), prompt: z.string(), code: z.string() }),
]);

export function quizRoutes(app: App, svc: ExerciseService, curriculum: Curriculum) {
  app.get(
    "/api/exercise/quizzes",
    {
      schema: {
        tags: ["quizzes"],
        summary: "One quiz per module",
        response: {
          200: z.object({
            quizzes: z.array(
              z.object({ id: z.string(), module: z.string(), title: z.string(), questions: z.number() }),
            ),
          }),
        },
      },
    },
    async () => ({
      quizzes: curriculum.quizzes.map((q) => ({
        id: q.id,
        module: q.module,
        title: q.title,
        questions: q.questions.length,
      })),
    }),
  );

  app.get(
    "/api/exercise/quizzes/:quizId",
    {
      schema: {
        tags: ["quizzes"],
        summary: "A quiz without its answers",
        params: z.object({ quizId: z.string() }),
        response: {
          200: z.object({ id: z.string(), module: z.string(), title: z.string(), questions: z.array(question) }),
        },
      },
    },
    async (req) => {
      const quiz = curriculum.quizzes.find((q) => q.id === req.params.quizId);
      if (!quiz) throw new NotFoundError(`Quiz "${req.params.quizId}"`);
      // the response schema strips answers and explanations
      return quiz;
    },
  );

  app.post(
    "/api/exercise/quizzes/:quizId/attempts",
    {
      schema: {
        tags: ["quizzes"],
        summary: "Answer a quiz: scored with an explanation per question",
        params: z.object({ quizId: z.string() }),
        body: z.object({ answers: z.record(z.string(), z.union([z.string().max(4000), z.number().int()])) }),
        response: {
          200: z.object({
            score: z.number(),
            correct: z.number(),
            total: z.number(),
            results: z.array(
              z.object({
                questionId: z.string(),
                correct: z.boolean(),
                given: z.union([z.string(), z.number()]).nullable(),
                expected: z.union([z.string(), z.number()]),
                explanation: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async (req) => svc.attemptQuiz(userOf(req).id, req.params.quizId, req.body.answers),
  );
}
