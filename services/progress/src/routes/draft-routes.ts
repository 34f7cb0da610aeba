import { z } from "zod";
import { AppError, userOf, type App } from "@emberlearn/platform";
import { DRAFT_KINDS, draftPage, MAX_DRAFT_CHARS, MAX_DRAFTS_PER_STUDENT } from "../domain/draft.ts";
import { countDrafts, deleteDraft, findDraft, saveDraft } from "../repository/draft-repository.ts";
import type { ProgressDeps } from "../app.ts";

const params = z.object({
  kind: z.enum(DRAFT_KINDS, { message: "must be exercise or concept" }),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, "must be an exercise or concept id (a-z, 0-9, dashes)"),
});
const draft = z.object({ page: z.string(), code: z.string(), updatedAt: z.string() });

// Autosave: the editor PUTs what it holds a moment after the student stops typing, and a page
// GETs it back on open, on any device. Only the student themself reads or writes their drafts.
export function draftRoutes(app: App, deps: ProgressDeps) {
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
        params,
        body: z.object({ code: z.string().max(MAX_DRAFT_CHARS, "must be at most 64 KB of code") }),
        response: { 200: draft },
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
        params,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await deleteDraft(deps.db, userOf(req).id, draftPage(req.params.kind, req.params.id));
      return reply.code(204).send(null);
    },
  );
}
