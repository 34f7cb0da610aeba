import { z } from "zod";
import { defineEndpoint } from "./endpoint.ts";

// A student's own settings and editor drafts, kept by the progress service: the web app's editor autosaves
// what it holds (PUT), a page reads it back on open (GET), and "start over" forgets it (DELETE).

/** a draft's page is "<kind>/<id>", so a draft never collides across kinds */
export const DRAFT_KINDS = ["exercise", "concept"] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];
export const MAX_DRAFT_CHARS = 64 * 1024;

const draftParams = z.object({
  kind: z.enum(DRAFT_KINDS, { message: "must be exercise or concept" }),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, "must be an exercise or concept id (a-z, 0-9, dashes)"),
});
export const draft = z.object({ page: z.string(), code: z.string(), updatedAt: z.string() });
export type Draft = z.infer<typeof draft>;

export const draftGet = defineEndpoint({
  method: "GET",
  path: "/api/progress/me/drafts/:kind/:id",
  params: draftParams,
  response: z.object({ draft: draft.nullable() }),
});

export const draftSave = defineEndpoint({
  method: "PUT",
  path: "/api/progress/me/drafts/:kind/:id",
  params: draftParams,
  body: z.object({ code: z.string().max(MAX_DRAFT_CHARS, "must be at most 64 KB of code") }),
  response: draft,
});

export const draftDelete = defineEndpoint({
  method: "DELETE",
  path: "/api/progress/me/drafts/:kind/:id",
  status: 204,
  params: draftParams,
  response: z.null(),
});

/** the student's time zone: streaks count their local days */
export const progressSettings = defineEndpoint({
  method: "PUT",
  path: "/api/progress/me/settings",
  body: z.object({ timeZone: z.string().min(1).max(64) }),
  response: z.object({ timeZone: z.string() }),
});
