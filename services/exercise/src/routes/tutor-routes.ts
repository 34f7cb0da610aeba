import { z } from "zod";
import { userOf, type App, type ServiceClient } from "@emberlearn/platform";
import { studentView } from "../domain/exercise.ts";
import type { ExerciseService } from "../service.ts";
import type { ClassDirectory } from "../repository/class-directory.ts";
import { degradedViewer, viewerOf } from "./viewer.ts";

const nextStep = z
  .object({ next: z.object({ reason: z.string(), exercise: z.object({ id: z.string() }).nullable() }).nullable() })
  .passthrough();

/** The exercise tutor: talks about practice. Offline it points at the right exercise and the first rung of its hint ladder. */
export function tutorRoutes(app: App, svc: ExerciseService, progress: ServiceClient, classes: ClassDirectory) {
  app.post(
    "/api/exercise/tutor",
    {
      schema: {
        tags: ["tutor"],
        summary: "The exercise tutor's offline answer and model context",
        body: z.object({ message: z.string().max(4000), exerciseId: z.string().optional() }).passthrough(),
        response: {
          200: z.object({
            agent: z.literal("exercise"),
            offline: z.string(),
            context: z.string(),
            exerciseId: z.string().nullable(),
          }),
        },
      },
    },
    async (req) => {
      const me = userOf(req).id;
      if (req.body.exerciseId) {
        const def = await svc.getVisible(viewerOf(req, classes), req.body.exerciseId);
        const view = studentView(def, me);
        const hint = svc.hint(me, def, 1);
        return {
          agent: "exercise" as const,
          exerciseId: def.id,
          offline: `You are working on **${view.title}**. Here is a first hint:\n\n> ${hint.text}\n\nTry one small step, run your code, and look at what changes. When you are ready, the Hints panel has ${hint.of - 1} more hints, one at a time.`,
          context: `Exercise "${view.title}" (${view.difficulty}, module ${view.module}). Statement:\n${view.prompt.slice(0, 3000)}\nHints (give them one at a time, never the solution): ${def.hints.join(" | ")}`,
        };
      }
      const step = await progress
        .call({ path: "/api/progress/me", schema: nextStep, timeoutMs: 3000 })
        .catch(() => ({ next: null }));
      const suggestedId = step.next?.exercise?.id;
      const all = await svc.visibleTo(degradedViewer(viewerOf(req, classes), req.log));
      const def = all.find((e) => e.id === suggestedId) ?? all.find((e) => e.difficulty === "easy");
      if (!def)
        return {
          agent: "exercise" as const,
          exerciseId: null,
          offline: "There are no exercises yet. Ask your teacher to add some!",
          context: "",
        };
      const view = studentView(def, me);
      const why = step.next?.reason ? `${step.next.reason}, so ` : "";
      return {
        agent: "exercise" as const,
        exerciseId: def.id,
        offline: `${why}here is a good exercise for you: **${view.title}** (${view.difficulty}).\n\n${view.prompt.split("\n").slice(0, 6).join("\n")}\n\nOpen it from the Exercises page. Read the examples first, then write the smallest piece that works.`,
        context: `Suggested exercise "${view.title}" (${view.difficulty}, module ${view.module}): ${view.prompt.slice(0, 2000)}`,
      };
    },
  );
}
