import { draftDelete, draftGet, draftSave } from "@emberlearn/contracts/http";
import { userOf, type App } from "@emberlearn/platform";
import type { Drafts } from "../service/drafts.ts";

// Autosave: the editor PUTs what it holds a moment after the student stops typing, and a page
// GETs it back on open, on any device. Only the student themself reads or writes their drafts.
export function draftRoutes(app: App, drafts: Drafts) {
  app.get(
    "/api/progress/me/drafts/:kind/:id",
    {
      schema: {
        tags: ["student"],
        summary: "My saved draft for an exercise or a concept's example (null when there is none)",
        params: draftGet.params,
        response: { 200: draftGet.response },
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
        params: draftSave.params,
        body: draftSave.body,
        response: { 200: draftSave.response },
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
        params: draftDelete.params,
        response: { 204: draftDelete.response },
      },
    },
    async (req, reply) => {
      await drafts.remove(userOf(req).id, req.params.kind, req.params.id);
      return reply.code(204).send(null);
    },
  );
}
