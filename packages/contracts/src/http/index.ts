// Every HTTP contract that crosses a service boundary, by callee. docs/api.md says how to add one.
export * from "./endpoint.ts";
export * from "./auth.ts";
export * from "./code-review.ts";
export * from "./concepts.ts";
export * from "./debug.ts";
export * from "./exercise.ts";
export * from "./progress.ts";
export * from "./sandbox.ts";
export * from "./tutor.ts";

import * as auth from "./auth.ts";
import * as codeReview from "./code-review.ts";
import * as concepts from "./concepts.ts";
import * as debug from "./debug.ts";
import type { Endpoint } from "./endpoint.ts";
import * as exercise from "./exercise.ts";
import * as progress from "./progress.ts";
import * as sandbox from "./sandbox.ts";

const isEndpoint = (v: unknown): v is Endpoint =>
  typeof v === "object" && v !== null && "method" in v && "path" in v && "response" in v;

/** every endpoint contract, for the test that holds each against its registered route */
export const allEndpoints: Endpoint[] = [auth, codeReview, concepts, debug, exercise, progress, sandbox]
  .flatMap((m) => Object.values(m))
  .filter(isEndpoint);
