import { z } from "zod";

const level = z.object({ name: z.string(), colour: z.string(), min: z.number(), max: z.number() });
const component = z.object({
  name: z.string(),
  value: z.number(),
  weight: z.number(),
  contribution: z.number(),
  reasons: z.array(z.object({ text: z.string(), effect: z.number().optional() })),
});
export const moduleMastery = z.object({
  moduleId: z.string(),
  title: z.string(),
  mastery: z.number(),
  level,
  components: z.array(component),
});

export const report = z.object({
  studentId: z.string(),
  overall: z.object({ mastery: z.number(), level }),
  modules: z.array(moduleMastery.extend({ started: z.boolean() })),
  streak: z.object({
    current: z.number(),
    longest: z.number(),
    lastActiveDay: z.string().nullable(),
    activeToday: z.boolean(),
  }),
  next: z
    .object({
      moduleId: z.string(),
      moduleTitle: z.string(),
      reason: z.string(),
      exercise: z.object({ id: z.string(), title: z.string(), difficulty: z.string() }).nullable(),
      concept: z.object({ id: z.string(), title: z.string() }).nullable(),
    })
    .nullable(),
  done: z.object({ concepts: z.array(z.string()), exercises: z.array(z.string()) }),
});

export const momentum = z.object({
  moduleId: z.string(),
  moduleTitle: z.string(),
  before: z.number(),
  after: z.number(),
  passed: z.boolean(),
  next: z
    .object({ kind: z.enum(["exercise", "concept"]), id: z.string(), title: z.string() })
    .nullable()
    .describe("the one next thing: the next exercise of the module, or the next module's first lesson"),
});

export const alert = z.object({
  id: z.string(),
  studentId: z.string(),
  trigger: z.string(),
  moduleId: z.string().nullable(),
  summary: z.string(),
  evidence: z.array(
    z.object({ id: z.string(), type: z.string(), time: z.string(), data: z.record(z.string(), z.unknown()) }),
  ),
  status: z.enum(["open", "resolved"]),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  /** what it is about, the code and error, facts and advice (docs/mastery.md) */
  details: z.record(z.string(), z.unknown()).nullable(),
  /** why it was closed, when the student's own progress closed it */
  resolution: z.string().nullable(),
});

export const activity = z
  .object({ id: z.string(), kind: z.string(), time: z.string(), moduleId: z.string().optional() })
  .passthrough();
