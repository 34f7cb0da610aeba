export * from "./schema.ts";
export * from "./load.ts";
export * from "./variants.ts";
export * from "./readability.ts";
