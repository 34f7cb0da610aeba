import { AppError } from "@emberlearn/platform";
import type { DraftKind } from "@emberlearn/contracts/http";
import { draftPage, MAX_DRAFTS_PER_STUDENT } from "../domain/draft.ts";
import { countDrafts, deleteDraft, findDraft, saveDraft } from "../repository/draft-repository.ts";
import type { ProgressDeps } from "./deps.ts";

// Autosave: what a student's editor holds, per page, for them alone. The cap stops autosave being used to
// fill the database; saving over an existing draft is always allowed.
export function createDrafts(deps: Pick<ProgressDeps, "db" | "now">) {
  return {
    find: async (studentId: string, kind: DraftKind, id: string) =>
      (await findDraft(deps.db, studentId, draftPage(kind, id))) ?? null,

    async save(studentId: string, kind: DraftKind, id: string, code: string) {
      const page = draftPage(kind, id);
      const isNew = !(await findDraft(deps.db, studentId, page));
      if (isNew && (await countDrafts(deps.db, studentId)) >= MAX_DRAFTS_PER_STUDENT)
        throw new AppError("conflict", 409, `You already have ${MAX_DRAFTS_PER_STUDENT} saved drafts`, [
          { field: "params.id", message: "cannot get a new draft until older ones are cleared" },
        ]);
      const saved = { page, code, updatedAt: deps.now().toISOString() };
      await saveDraft(deps.db, studentId, saved);
      return saved;
    },

    remove: (studentId: string, kind: DraftKind, id: string) => deleteDraft(deps.db, studentId, draftPage(kind, id)),
  };
}

export type Drafts = ReturnType<typeof createDrafts>;
