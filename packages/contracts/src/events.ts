import { z } from "zod";
import { MAX_CODE_BYTES, runStatus } from "./sandbox.ts";
import { alertDetailsSchema } from "./http/progress-teacher.ts";

// CloudEvents 1.0 envelope plus one zod schema per event type. Every producer
// and consumer validates against these; nothing else defines an event's shape.

/** the specialist tutors the triage service routes a question to (each is a service in the catalog) */
export const TUTOR_AGENTS = ["concepts", "code-review", "debug", "exercise", "progress"] as const;

export const TOPICS = ["learning.events", "code.events", "exercise.events", "struggle.alerts"] as const;
export type Topic = (typeof TOPICS)[number];

const studentId = z.string().min(1);
const moduleId = z.string().min(1);
/** the student's code, carried so a teacher can see what an alert is about (progress keeps it) */
const code = z.string().max(MAX_CODE_BYTES);
/** why code did not run: the exception Python raised, where */
const runError = z.object({ type: z.string(), message: z.string().max(2000), line: z.number().int().nullable() });
/** one failing check of a graded submission, in the words the student read */
const failure = z.object({ name: z.string().max(300), message: z.string().max(2000) });

export const eventData = {
  // code.events
  "code.executed": z.object({
    studentId,
    status: runStatus,
    errorType: z.string().nullable(),
    durationMs: z.number().nonnegative(),
    exerciseId: z.string().optional(),
    moduleId: moduleId.optional(),
    code: code.optional(),
    error: runError.optional(),
  }),
  "code.reviewed": z.object({
    studentId,
    score: z.number().min(0).max(100),
    findings: z.number().int().nonnegative(),
    moduleId: moduleId.optional(),
    exerciseId: z.string().optional(),
  }),
  // exercise.events
  "exercise.submitted": z.object({ studentId, exerciseId: z.string(), submissionId: z.string(), moduleId }),
  "exercise.graded": z.object({
    studentId,
    exerciseId: z.string(),
    submissionId: z.string(),
    moduleId,
    score: z.number().min(0).max(100),
    passed: z.boolean(),
    difficulty: z.enum(["easy", "medium", "hard"]),
    qualityScore: z.number().min(0).max(100).optional(),
    exerciseTitle: z.string().max(200).optional(),
    code: code.optional(),
    /** the code did not load (a SyntaxError, a NameError at import…) */
    error: runError.optional(),
    failures: z.array(failure).max(20).optional(),
  }),
  "quiz.completed": z.object({
    studentId,
    quizId: z.string(),
    moduleId,
    score: z.number().min(0).max(100),
    correct: z.number().int().nonnegative(),
    total: z.number().int().positive(),
    /** the attempt (a server-issued draw of the module's question pool) */
    attemptId: z.string().optional(),
    /** each drawn question: answered or skipped, right or wrong (mastery counts per question) */
    questions: z
      .array(z.object({ questionId: z.string(), answered: z.boolean(), correct: z.boolean() }))
      .max(100)
      .optional(),
  }),
  // learning.events
  "tutor.question.asked": z.object({
    studentId,
    conversationId: z.string(),
    message: z.string().max(4000),
    exerciseId: z.string().optional(),
    moduleId: moduleId.optional(),
    /** the triage classifier's verdict that the student says they are stuck or lost */
    saysStuck: z.boolean().default(false),
  }),
  "tutor.question.routed": z.object({
    studentId,
    conversationId: z.string(),
    agent: z.enum(TUTOR_AGENTS),
    confidence: z.number().min(0).max(1),
  }),
  "tutor.answer.given": z.object({
    studentId,
    conversationId: z.string(),
    agent: z.string(),
    source: z.enum(["offline", "model"]),
    tokens: z.number().int().nonnegative(),
  }),
  "concept.viewed": z.object({ studentId, conceptId: z.string(), moduleId }),
  // struggle.alerts
  "struggle.detected": z.object({
    alertId: z.string(),
    studentId,
    moduleId: moduleId.nullable(),
    trigger: z.enum(["repeated-error", "failed-runs", "stuck-on-exercise", "low-quiz-score", "said-stuck"]),
    summary: z.string(),
    evidence: z.array(
      z.object({ id: z.string(), type: z.string(), time: z.string(), data: z.record(z.string(), z.unknown()) }),
    ),
    /** what the alert is about, the code and the error, the facts and what to try (progress's alert-details.ts) */
    details: alertDetailsSchema.optional(),
  }),
  "struggle.resolved": z.object({
    alertId: z.string(),
    studentId,
    resolvedBy: z.string(),
    /** why, when the student's own progress cleared it (e.g. they passed the exercise) */
    reason: z.string().max(300).optional(),
  }),
} as const;

export type EventType = keyof typeof eventData;
export type EventData<T extends EventType> = z.infer<(typeof eventData)[T]>;

export const topicOf: Record<EventType, Topic> = {
  "code.executed": "code.events",
  "code.reviewed": "code.events",
  "exercise.submitted": "exercise.events",
  "exercise.graded": "exercise.events",
  "quiz.completed": "exercise.events",
  "tutor.question.asked": "learning.events",
  "tutor.question.routed": "learning.events",
  "tutor.answer.given": "learning.events",
  "concept.viewed": "learning.events",
  "struggle.detected": "struggle.alerts",
  "struggle.resolved": "struggle.alerts",
};

export const cloudEventSchema = z.object({
  specversion: z.literal("1.0"),
  id: z.string().min(1),
  source: z.string().min(1),
  type: z.string().min(1),
  subject: z.string().min(1),
  time: z.string().datetime({ offset: true }),
  datacontenttype: z.literal("application/json").optional(),
  correlationid: z.string().optional(),
  data: z.record(z.string(), z.unknown()),
});

export type CloudEvent<T extends EventType = EventType> = Omit<z.infer<typeof cloudEventSchema>, "type" | "data"> & {
  type: T;
  data: EventData<T>;
};

/** Validates an incoming envelope and its data; throws a ZodError when either is wrong. */
export function parseEvent(raw: unknown): CloudEvent {
  const envelope = cloudEventSchema.parse(raw);
  const schema = eventData[envelope.type as EventType];
  if (!schema) throw new Error(`unknown event type ${envelope.type}`);
  return { ...envelope, type: envelope.type as EventType, data: schema.parse(envelope.data) } as CloudEvent;
}
