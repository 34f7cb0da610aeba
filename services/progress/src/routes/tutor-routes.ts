import { progressTutor } from "@emberlearn/contracts/http";
import { userOf, type App } from "@emberlearn/platform";
import type { StudentProgress } from "../service/student-progress.ts";

export function tutorRoutes(app: App, progress: StudentProgress) {
  app.post(
    "/api/progress/tutor",
    {
      schema: {
        tags: ["tutor"],
        summary: "The progress tutor's offline answer and model context",
        body: progressTutor.body,
        response: { 200: progressTutor.response },
      },
    },
    async (req) => progress.tutor(userOf(req).id),
  );
}
