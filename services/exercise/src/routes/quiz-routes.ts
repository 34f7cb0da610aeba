import { userOf, type App } from "@emberlearn/platform";
import type { QuizService } from "../service/quizzes.ts";
import { quizAttemptGet, quizGet, quizList, quizStart, quizSubmit } from "@emberlearn/contracts/http";

// A quiz is taken in attempts: POST …/attempts draws the questions (or returns
// the attempt already open), POST …/attempts/:id/submit answers exactly that
// draw, once. Answers and explanations come back only for answered questions.

export function quizRoutes(app: App, quizzes: QuizService) {
  app.get(
    "/api/exercise/quizzes",
    {
      schema: {
        tags: ["quizzes"],
        summary: "One quiz per module, with my attempts and when I may start the next",
        response: { 200: quizList.response },
      },
    },
    async (req) => ({ quizzes: await quizzes.list(userOf(req).id) }),
  );

  app.get(
    "/api/exercise/quizzes/:quizId",
    {
      schema: {
        tags: ["quizzes"],
        summary: "A quiz: its size, my attempts, my open attempt and when I may start the next (no questions)",
        params: quizGet.params,
        response: { 200: quizGet.response },
      },
    },
    async (req) => quizzes.status(userOf(req).id, req.params.quizId),
  );

  app.post(
    "/api/exercise/quizzes/:quizId/attempts",
    {
      schema: {
        tags: ["quizzes"],
        summary:
          "Start an attempt: the server draws the questions (201), or returns my open attempt unchanged (200); " +
          "429 with Retry-After during the cooling-off after a submission",
        params: quizStart.params,
        body: quizStart.body,
        response: { 200: quizStart.response, 201: quizStart.response },
      },
    },
    async (req, reply) => {
      const { created, attempt } = await quizzes.start(userOf(req).id, req.params.quizId);
      return reply.code(created ? 201 : 200).send(attempt);
    },
  );

  app.get(
    "/api/exercise/quizzes/:quizId/attempts/:attemptId",
    {
      schema: {
        tags: ["quizzes"],
        summary: "One of my attempts: its questions and, once submitted, the feedback on the questions I answered",
        params: quizAttemptGet.params,
        response: { 200: quizAttemptGet.response },
      },
    },
    async (req) => quizzes.get(userOf(req).id, req.params.quizId, req.params.attemptId),
  );

  app.post(
    "/api/exercise/quizzes/:quizId/attempts/:attemptId/submit",
    {
      schema: {
        tags: ["quizzes"],
        summary:
          "Answer my open attempt, once: only its questions, options by number, outputs as text. " +
          "The right answer and explanation come back for the questions I answered",
        params: quizSubmit.params,
        body: quizSubmit.body,
        response: { 200: quizSubmit.response },
      },
    },
    async (req) => quizzes.submit(userOf(req).id, req.params.quizId, req.params.attemptId, req.body.answers),
  );
}
