export * from "./explain.ts";
export * from "./hints.ts";
export * from "./traceback.ts";
export type { Explanation } from "./catalog.ts";
export { CATALOG } from "./catalog.ts";
