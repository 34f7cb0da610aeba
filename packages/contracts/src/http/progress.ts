import { z } from "zod";
import { defineEndpoint } from "./endpoint.ts";

// The progress service's report, as the web app's dashboard, the concepts tutor (mastery per module,
// for the depth of an explanation) and the exercise tutor (the next step) read it; and the progress tutor.

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

export const progressReport = z.object({
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
export type ProgressReport = z.infer<typeof progressReport>;

export const progressMe = defineEndpoint({ method: "GET", path: "/api/progress/me", response: progressReport });

export const progressTutor = defineEndpoint({
  method: "POST",
  path: "/api/progress/tutor",
  body: z.object({ message: z.string().max(4000) }).passthrough(),
  response: z.object({ agent: z.literal("progress"), offline: z.string(), context: z.string() }),
});

export const progressTimeline = defineEndpoint({
  method: "GET",
  path: "/api/progress/me/timeline",
  response: z.object({ points: z.array(z.object({ day: z.string(), mastery: z.number() })) }),
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

/** after a graded submission: the module's mastery before and after it (counted: false until progress has it) */
export const progressMomentum = defineEndpoint({
  method: "GET",
  path: "/api/progress/me/submissions/:submissionId",
  params: z.object({ submissionId: z.string().min(1).max(80) }),
  response: z.object({ counted: z.boolean(), momentum: momentum.nullable() }),
});
