export * from "./postgres.ts";
export * from "./log-capture.ts";
