// A draft is what a student's editor held on one page (an exercise, or a concept's example)
// when they last typed. Pages are named "<kind>/<id>" so a draft never collides across kinds.

import type { DraftKind } from "@emberlearn/contracts/http";

/** a student keeps at most this many drafts, so autosave cannot be used to fill the database */
export const MAX_DRAFTS_PER_STUDENT = 500;

// the draft's shape is the HTTP contract's (packages/contracts/src/http/progress-drafts.ts)
export type { Draft } from "@emberlearn/contracts/http";

export function draftPage(kind: DraftKind, id: string): string {
  return `${kind}/${id}`;
}
