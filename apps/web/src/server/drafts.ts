import "server-only";
import { api } from "./api";
import type { Draft } from "./types";

/** The student's saved draft for a page, read while the page renders; a failure only means no draft. */
export async function findDraft(page: string): Promise<Draft | null> {
  try {
    return (await api<{ draft: Draft | null }>(`/api/progress/me/drafts/${page}`)).draft;
  } catch {
    return null;
  }
}
