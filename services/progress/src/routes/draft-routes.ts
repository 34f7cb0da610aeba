import { z } from "zod";
import { userOf, type App } from "@emberlearn/platform";
import { DRAFT_KINDS, MAX_DRAFT_CHARS } from "../domain/draft.ts";
import type { Drafts } from "../service/drafts.ts";

const params = z.object({
  kind: z.enum(DRAFT_KINDS, { message: "must be exercise or concept" }),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, "must be an exercise or concept id (a-z, 0-9, dashes)"),
});
const draft = z.object({ page: z.string(), code: z.string(), updatedAt: z.string() });

// Autosave: the editor PUTs what it holds a moment after the student stops typing, and a page
// GETs it back on open, on any device. Only the student themself reads or writes their drafts.
export function draftRoutes(app: App, drafts: Drafts) {
  app.get(
    "/api/progress/me/drafts/:kind/:id",
    {
      schema: {
        tags: ["student"],
        summary: "My saved draft for an exercise or a concept's example (null when there is none)",
        params,
        response: { 200: z.object({ draft: draft.nullable() }) },
      },
    },
    async (req) => ({ draft: await drafts.find(userOf(req).id, req.params.kind, req.params.id) }),
  );

  app.put(
    "/api/progress/me/drafts/:kind/:id",
    {
      schema: {
        tags: ["student"],
        summary: "Save what my editor holds on this page (autosave)",
        params,
        body: z.object({ code: z.string().max(MAX_DRAFT_CHARS, "must be at most 64 KB of code") }),
        response: { 200: draft },
      },
    },
    async (req) => drafts.save(userOf(req).id, req.params.kind, req.params.id, req.body.code),
  );

  app.delete(
    "/api/progress/me/drafts/:kind/:id",
    {
      schema: {
        tags: ["student"],
        summary: "Forget my draft for this page (start over from the starter code)",
        params,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await drafts.remove(userOf(req).id, req.params.kind, req.params.id);
      return reply.code(204).send(null);
    },
  );
}
