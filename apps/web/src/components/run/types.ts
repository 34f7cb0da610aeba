// The sandbox's run shapes as the web app reads them: the contract's (packages/contracts/src/sandbox.ts), by type.

import type { ApiInput, ApiResponse } from "@/lib/api-routes";

export type RunResult = ApiResponse<"POST /api/sandbox/run">;
export type RunStatus = RunResult["status"];
export type RunFile = NonNullable<ApiInput<"POST /api/sandbox/run">["body"]["files"]>[number];

/** One piece of the console: what the program printed, what the student typed, a prompt. */
export interface ConsoleChunk {
  kind: "out" | "err" | "in";
  text: string;
}

/** a failed run explained in plain words (the debug service's explainer) */
export type Explanation = ApiResponse<"POST /api/debug/explain">;

/** The console keeps at most this much text; beyond it the oldest is dropped and a note says so. */
export const CONSOLE_LIMIT = 100_000;
