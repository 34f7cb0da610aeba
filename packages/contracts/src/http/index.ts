// Every HTTP contract that crosses a service boundary, by callee. docs/api.md says how to add one.
export * from "./endpoint.ts";
export * from "./event-stream.ts";
export * from "./problem.ts";
export * from "./streams.ts";
export * from "./auth.ts";
export * from "./auth-accounts.ts";
export * from "./code-review.ts";
export * from "./concepts.ts";
export * from "./debug.ts";
export * from "./exercise.ts";
export * from "./exercise-quiz.ts";
export * from "./exercise-studio.ts";
export * from "./exercise-teacher.ts";
export * from "./exercise-work.ts";
export * from "./progress.ts";
export * from "./progress-drafts.ts";
export * from "./progress-teacher.ts";
export * from "./sandbox.ts";
export * from "./triage.ts";
export * from "./tutor.ts";

import * as auth from "./auth.ts";
import * as authAccounts from "./auth-accounts.ts";
import * as codeReview from "./code-review.ts";
import * as concepts from "./concepts.ts";
import * as debug from "./debug.ts";
import type { Endpoint } from "./endpoint.ts";
import * as exercise from "./exercise.ts";
import * as exerciseQuiz from "./exercise-quiz.ts";
import * as exerciseStudio from "./exercise-studio.ts";
import * as exerciseTeacher from "./exercise-teacher.ts";
import * as exerciseWork from "./exercise-work.ts";
import * as progress from "./progress.ts";
import * as progressDrafts from "./progress-drafts.ts";
import * as progressTeacher from "./progress-teacher.ts";
import * as sandbox from "./sandbox.ts";
import * as triage from "./triage.ts";
import * as streams from "./streams.ts";

const isEndpoint = (v: unknown): v is Endpoint =>
  typeof v === "object" && v !== null && "method" in v && "path" in v && "response" in v;

/** every endpoint contract, for the test that holds each against its registered route */
export const allEndpoints: Endpoint[] = [
  auth,
  authAccounts,
  codeReview,
  concepts,
  debug,
  exercise,
  exerciseQuiz,
  exerciseStudio,
  exerciseTeacher,
  exerciseWork,
  progress,
  progressDrafts,
  progressTeacher,
  sandbox,
  triage,
]
  .flatMap((m) => Object.values(m))
  .filter(isEndpoint);

/** every server-sent-event stream's contract, for the test that reads each from its real service */
export const allStreams = [streams.chatStream, streams.alertStream, streams.sandboxSessionStream];
