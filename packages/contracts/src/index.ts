export * from "./catalog.ts";
export * from "./events.ts";
