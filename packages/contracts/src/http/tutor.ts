import type { TUTOR_AGENTS } from "../events.ts";
import { codeReviewTutor } from "./code-review.ts";
import { conceptsTutor } from "./concepts.ts";
import { debugTutor } from "./debug.ts";
import type { RequestOf, ResponseOf } from "./endpoint.ts";
import { exerciseTutor } from "./exercise.ts";
import { progressTutor } from "./progress.ts";

// Triage hands a student's message to one of five specialists, each at POST /api/<agent>/tutor. Each
// specialist's contract lives with its service; this file gathers them, and says what every specialist
// answers (an offline answer and the model's context) so triage can treat their replies alike.

type Agent = (typeof TUTOR_AGENTS)[number];

export const tutorEndpoints = {
  concepts: conceptsTutor,
  "code-review": codeReviewTutor,
  debug: debugTutor,
  exercise: exerciseTutor,
  progress: progressTutor,
} satisfies Record<Agent, unknown>;
type TutorEndpoint = (typeof tutorEndpoints)[Agent];

/** any specialist's answer */
export type TutorReply = ResponseOf<TutorEndpoint>;

/** a body every specialist accepts: what triage may send whichever agent it picked */
export type TutorAsk = UnionToIntersection<RequestOf<TutorEndpoint>["body"]>;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/**
 * What triage reads of any specialist's answer. A type, not a schema: each reply is parsed with its own
 * specialist's contract; this only has to hold for all of them (triage's `ask` would not compile otherwise).
 */
export type SpecialistReply = {
  agent: string;
  offline: string;
  context: string;
  topic?: { key: string; label: string; conceptId?: string };
  depth?: "simple" | "standard" | "deep";
  hint?: { level: number; of: number; text: string; held: boolean } | null;
  hintLevel?: number;
};
