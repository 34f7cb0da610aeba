import type { ApiResponse } from "@/lib/api-routes";

/** an exercise as its author sees it in the studio (packages/contracts/src/http/exercise-studio.ts) */
export type AuthoredExercise = ApiResponse<"GET /api/exercise/studio/exercises/:exerciseId">;
