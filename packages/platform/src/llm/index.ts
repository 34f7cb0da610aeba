export * from "./model.ts";
export * from "./budget.ts";
export * from "./prompts.ts";
export * from "./agent.ts";
export * from "./guarded-stream.ts";
export * from "./solution-guard.ts";
