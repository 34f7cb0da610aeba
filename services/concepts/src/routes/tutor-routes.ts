import { conceptsTutor } from "@emberlearn/contracts/http";
import type { App } from "@emberlearn/platform";
import type { createConceptTutor } from "../service/tutor.ts";

// called by triage: the offline answer, and the facts a model may use to enrich it
export function tutorRoutes(app: App, tutor: ReturnType<typeof createConceptTutor>) {
  app.post(
    "/api/concepts/tutor",
    {
      schema: {
        tags: ["tutor"],
        summary: "The concepts tutor's offline answer and model context (follow-ups continue a concept)",
        body: conceptsTutor.body,
        response: { 200: conceptsTutor.response },
      },
    },
    async (req) => tutor(req.body),
  );
}
