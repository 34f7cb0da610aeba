// The shapes the pages read from the services (see each service's OpenAPI at /api/<service>/docs). Those with
// an HTTP contract come from it (lib/api-routes.ts); the rest are still written here by hand.

import type { ApiResponse } from "@/lib/api-routes";

// the progress report's contract is packages/contracts/src/http/progress.ts
export type ProgressReport = ApiResponse<"GET /api/progress/me">;
export type ModuleMastery = ProgressReport["modules"][number];
export type Level = ModuleMastery["level"];

/** for a student, each carries their status and reminder from the exercise service */
export type Assignment = ApiResponse<"GET /api/exercise/assignments">["assignments"][number];
export type ConceptSummary = ApiResponse<"GET /api/concepts/concepts">["concepts"][number];
export interface ConceptDetail extends ConceptSummary {
  depth: string;
  chosenBy: string;
  explanation: string;
  example: string;
  expectedOutput: string;
  keywords: string[];
}
export type Module = ApiResponse<"GET /api/exercise/modules">["modules"][number];
export type ExerciseSummary = ApiResponse<"GET /api/exercise/exercises">["exercises"][number];
export type StudentExercise = ApiResponse<"GET /api/exercise/exercises/:exerciseId">;
export interface Draft {
  page: string;
  code: string;
  updatedAt: string;
}
/** a class as the auth service answers it (packages/contracts/src/http/auth.ts) */
export type ClassInfo = ApiResponse<"GET /api/auth/classes">["classes"][number];
