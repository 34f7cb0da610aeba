// A draft is what a student's editor held on one page (an exercise, or a concept's example)
// when they last typed. Pages are named "<kind>/<id>" so a draft never collides across kinds.

export const DRAFT_KINDS = ["exercise", "concept"] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

/** a student keeps at most this many drafts, so autosave cannot be used to fill the database */
export const MAX_DRAFTS_PER_STUDENT = 500;
export const MAX_DRAFT_CHARS = 64 * 1024;

export interface Draft {
  page: string;
  code: string;
  updatedAt: string;
}

export function draftPage(kind: DraftKind, id: string): string {
  return `${kind}/${id}`;
}
