import type { App } from "@emberlearn/platform";
import { studentQuizAttempts, studentSubmissions } from "@emberlearn/contracts/http";
import type { StudentEvidence } from "../service/student-evidence.ts";

// The evidence behind a student's numbers, for their teacher: every submission with its code and
// per-check results, and every quiz attempt with the questions as they were asked.

const teacherOnly = { roles: ["teacher", "admin"] as ("teacher" | "admin")[] };
export function teacherStudentRoutes(app: App, evidence: StudentEvidence) {
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
    async (req) => ({ submissions: await evidence.submissions(req.params.studentId, req.query) }),
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
    async (req) => ({ attempts: await evidence.quizAttempts(req.params.studentId) }),
  );
}
