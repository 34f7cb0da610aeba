import { debugTutor } from "@emberlearn/contracts/http";
import type { App } from "@emberlearn/platform";
import type { DebugTutor } from "../service/tutor.ts";

// called by triage: run the student's code if no run is given, then explain (continuing the ladder)
export function tutorRoutes(app: App, tutor: DebugTutor) {
  app.post(
    "/api/debug/tutor",
    {
      schema: {
        tags: ["tutor"],
        summary: "The debugging tutor's offline answer and model context (follow-ups climb the hint ladder)",
        body: debugTutor.body,
        response: { 200: debugTutor.response },
      },
    },
    async (req) => tutor(req.body),
  );
}
