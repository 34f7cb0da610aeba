import { draftDelete, draftGet, draftSave } from "@emberlearn/contracts/http";
import { AppError, userOf, type App } from "@emberlearn/platform";
import { draftPage, MAX_DRAFTS_PER_STUDENT } from "../domain/draft.ts";
import { countDrafts, deleteDraft, findDraft, saveDraft } from "../repository/draft-repository.ts";
import type { ProgressDeps } from "../app.ts";

// Autosave: the editor PUTs what it holds a moment after the student stops typing, and a page
// GETs it back on open, on any device. Only the student themself reads or writes their drafts.
export function draftRoutes(app: App, deps: ProgressDeps) {
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
    async (req) => ({
      draft: (await findDraft(deps.db, userOf(req).id, draftPage(req.params.kind, req.params.id))) ?? null,
    }),
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
    async (req) => {
      const me = userOf(req).id;
      const page = draftPage(req.params.kind, req.params.id);
      if (!(await findDraft(deps.db, me, page)) && (await countDrafts(deps.db, me)) >= MAX_DRAFTS_PER_STUDENT)
        throw new AppError("conflict", 409, `You already have ${MAX_DRAFTS_PER_STUDENT} saved drafts`, [
          { field: "params.id", message: "cannot get a new draft until older ones are cleared" },
        ]);
      const saved = { page, code: req.body.code, updatedAt: deps.now().toISOString() };
      await saveDraft(deps.db, me, saved);
      return saved;
    },
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
      await deleteDraft(deps.db, userOf(req).id, draftPage(req.params.kind, req.params.id));
      return reply.code(204).send(null);
    },
  );
}
