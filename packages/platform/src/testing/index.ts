export * from "./postgres.ts";
export * from "./log-capture.ts";
export * from "./openai-stub-server.ts";
