export * from "./catalog.ts";
export * from "./events.ts";
export * from "./policy.ts";
export * from "./context.ts";
