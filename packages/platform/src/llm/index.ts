export * from "./model.ts";
export * from "./budget.ts";
export * from "./prompts.ts";
