import { z } from "zod";

// The curriculum's file formats. Authors write YAML/Markdown/Python under
// content/; this schema is the contract, checked in CI by the content tests.

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9, dashes)");
export const MODULE_IDS = [
  "basics",
  "control-flow",
  "data-structures",
  "functions",
  "oop",
  "files",
  "errors",
  "stdlib",
] as const;
const moduleId = z.enum(MODULE_IDS, { message: `must be one of ${MODULE_IDS.join(", ")}` });

export const moduleSchema = z
  .object({
    id: moduleId,
    order: z.number().int().min(1).max(8),
    title: z.string().min(3),
    summary: z.string().min(10),
  })
  .strict();

export const conceptSchema = z
  .object({
    id,
    module: moduleId,
    order: z.number().int().min(1),
    title: z.string().min(3),
    summary: z.string().min(10),
    keywords: z.array(z.string().min(1)).min(2),
    explanations: z
      .object({ simple: z.string().min(40), standard: z.string().min(40), deep: z.string().min(40) })
      .strict(),
    example: z.string().min(5),
    expectedOutput: z.string(),
    /** more runnable examples, for "show me another example" (each checked in the sandbox like `example`) */
    moreExamples: z
      .array(z.object({ code: z.string().min(5), output: z.string() }).strict())
      .max(5)
      .optional(),
    /** focused answers to the confusions students ask about by name ("== vs is", "append vs extend") */
    questions: z
      .array(
        z
          .object({
            /** phrases that identify the question (any one, case-insensitive, in the student's message) */
            ask: z.array(z.string().min(2)).min(1),
            answer: z.string().min(20),
            example: z.string().min(5),
            expectedOutput: z.string(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

export const exerciseMetaSchema = z
  .object({
    id,
    module: moduleId,
    title: z.string().min(3),
    difficulty: z.enum(["easy", "medium", "hard"]),
    tags: z.array(z.string()).min(1),
    concepts: z.array(id).min(1),
    hints: z.tuple([z.string().min(10), z.string().min(10), z.string().min(10)], {
      message: "must be exactly three hints: nudge, concept, pointed",
    }),
    params: z.record(z.string().regex(/^\w+$/), z.array(z.string().min(1)).min(2)).optional(),
  })
  .strict();

const question = z.discriminatedUnion("kind", [
  z
    .object({
      id,
      kind: z.literal("multiple-choice"),
      prompt: z.string().min(5),
      options: z.array(z.string().min(1)).min(2),
      answer: z.number().int().min(0),
      explanation: z.string().min(10),
    })
    .strict(),
  z
    .object({
      id,
      kind: z.literal("predict-output"),
      prompt: z.string().min(5),
      code: z.string().min(1),
      answer: z.string(),
      explanation: z.string().min(10),
    })
    .strict(),
]);

export const quizSchema = z
  .object({
    id,
    module: moduleId,
    title: z.string().min(3),
    /** questions drawn for one attempt from the pool below (docs/mastery.md) */
    perAttempt: z.number().int().min(1).default(8),
    questions: z.array(question).min(1),
  })
  .strict()
  .superRefine((q, ctx) => {
    const seen = new Set<string>();
    q.questions.forEach((x, i) => {
      if (seen.has(x.id))
        ctx.addIssue({ code: "custom", path: ["questions", i, "id"], message: `"${x.id}" is used twice in this quiz` });
      seen.add(x.id);
      if (x.kind === "multiple-choice" && x.answer >= x.options.length)
        ctx.addIssue({
          code: "custom",
          path: ["questions", i, "answer"],
          message: "must be the index of one of the options",
        });
    });
    if (q.perAttempt > q.questions.length)
      ctx.addIssue({ code: "custom", path: ["perAttempt"], message: "must not exceed the number of questions" });
  });

export type Module = z.infer<typeof moduleSchema>;
export type Concept = z.infer<typeof conceptSchema>;
export type ExerciseMeta = z.infer<typeof exerciseMetaSchema>;
export type Quiz = z.infer<typeof quizSchema>;
export type QuizQuestion = Quiz["questions"][number];

export interface Exercise extends ExerciseMeta {
  prompt: string;
  starter: string;
  solution: string;
  tests: string;
  /** the folder it was read from, for error messages */
  dir: string;
}

export interface Curriculum {
  modules: Module[];
  concepts: Concept[];
  exercises: Exercise[];
  quizzes: Quiz[];
}
