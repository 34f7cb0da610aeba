export * from "./schema.ts";
export * from "./load.ts";
export * from "./variants.ts";
export * from "./readability.ts";
export * from "./published.ts";
export { readFolder } from "./exercise-folder.ts";
export * from "./test-names.ts";
export * from "./debug-texts.ts";
