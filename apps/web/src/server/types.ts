// The shapes the pages read from the services (see each service's OpenAPI at /api/<service>/docs), each
// the answer type of its HTTP contract (lib/api-routes.ts), named for the pages.

import type { ApiResponse } from "@/lib/api-routes";

// the progress report's contract is packages/contracts/src/http/progress.ts
export type ProgressReport = ApiResponse<"GET /api/progress/me">;
export type ModuleMastery = ProgressReport["modules"][number];
export type Level = ModuleMastery["level"];

/** for a student, each carries their status and reminder from the exercise service */
export type Assignment = ApiResponse<"GET /api/exercise/assignments">["assignments"][number];
export type ConceptSummary = ApiResponse<"GET /api/concepts/concepts">["concepts"][number];
export type ConceptDetail = ApiResponse<"GET /api/concepts/concepts/:conceptId">;
export type Module = ApiResponse<"GET /api/exercise/modules">["modules"][number];
export type ExerciseSummary = ApiResponse<"GET /api/exercise/exercises">["exercises"][number];
export type StudentExercise = ApiResponse<"GET /api/exercise/exercises/:exerciseId">;
export type Draft = NonNullable<ApiResponse<"GET /api/progress/me/drafts/:kind/:id">["draft"]>;
/** a class as the auth service answers it (packages/contracts/src/http/auth.ts) */
export type ClassInfo = ApiResponse<"GET /api/auth/classes">["classes"][number];
