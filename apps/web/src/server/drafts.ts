import "server-only";
import type { ApiInput } from "@/lib/api-routes";
import { request } from "./api";
import type { Draft } from "./types";

type DraftRoute = "GET /api/progress/me/drafts/:kind/:id";

/** The student's saved draft for a page, read while the page renders; a failure only means no draft. */
export async function findDraft(page: ApiInput<DraftRoute>["params"]): Promise<Draft | null> {
  try {
    return (await request("GET /api/progress/me/drafts/:kind/:id", { params: page })).draft;
  } catch {
    return null;
  }
}
