import { randomInt, randomUUID } from "node:crypto";
import { z } from "zod";
import { ValidationError, type Logger, type TutorModel } from "@emberlearn/platform";
import { studentView, type Difficulty, type ExerciseDefinition } from "../domain/exercise.ts";
import type { Viewer } from "../domain/visibility.ts";
import { loadGeneratorsSync } from "@emberlearn/content/generators";
import { generateFromFamily, type GeneratedExercise } from "../domain/templates.ts";
import type { Curriculum } from "../repository/curriculum.ts";
import type { AuthoringService } from "./authoring.ts";
import type { ValidateExercise } from "./validation.ts";

// The exercise agent. With a model, it asks for a new exercise as JSON and
// accepts it only after the sandbox shows its solution passes its own tests and
// its starter fails them; otherwise (or with no model) it uses the templates,
// which are checked in the sandbox the same way.

const modelExercise = z.object({
  title: z.string().min(3).max(120),
  prompt: z.string().min(20).max(6000),
  starter: z.string().min(1).max(8000),
  solution: z.string().min(1).max(8000),
  tests: z.string().min(20).max(12000),
  hints: z.array(z.string().min(5).max(600)).length(3),
});

// three lines of prompt; the second, the JSON's fields, is written in parts
const SYSTEM = [
  "You write short Python practice exercises for beginners. Reply with JSON only:",
  '{"title", "prompt" (markdown with one example), "starter" (a function stub that returns None), "solution", ' +
    '"tests" (a unittest module that does "from student import <function>" with 3-5 test methods, ' +
    "each assertion with a plain-English message), " +
    '"hints" (exactly 3: a nudge, the concept, a pointed hint — never the code)}.',
  "Standard library only; no input(), no files outside the current directory, no network.",
].join("\n");

export interface GeneratorDeps {
  curriculum: Curriculum;
  authoring: AuthoringService;
  validate: ValidateExercise;
  model: TutorModel;
  logger: Logger;
}

/** Generates, checks and saves a practice exercise: a student's is private to them, a teacher's a draft. */
export function createGenerator(deps: GeneratorDeps) {
  return async function generate(user: Viewer, req: { module: string; difficulty: Difficulty }) {
    const module = deps.curriculum.modules.find((m) => m.id === req.module);
    if (!module)
      throw new ValidationError(`body.module "${req.module}" is not a course module`, [
        { field: "body.module", message: `must be one of ${deps.curriculum.modules.map((m) => m.id).join(", ")}` },
      ]);
    const def = await generateExercise(deps, {
      module: module.id,
      moduleTitle: module.title,
      difficulty: req.difficulty,
      userId: user.id,
    });
    return studentView(await deps.authoring.saveGenerated(user, def), user.id);
  };
}

async function generateExercise(
  deps: Pick<GeneratorDeps, "validate" | "model" | "logger">,
  input: { module: string; moduleTitle: string; difficulty: Difficulty; userId: string },
): Promise<ExerciseDefinition & { authorId: string }> {
  // a random UUID: unique by construction, and not guessable from another student's
  const id = `gen-${input.module}-${randomUUID()}`;
  const asDefinition = (g: GeneratedExercise): ExerciseDefinition & { authorId: string } => ({
    id,
    origin: "generated",
    module: input.module,
    difficulty: input.difficulty,
    tags: ["generated"],
    concepts: [],
    authorId: input.userId,
    ...g,
  });

  if (deps.model.enabled) {
    const text = await deps.model.complete({
      studentId: input.userId,
      system: SYSTEM,
      json: true,
      maxTokens: 1500,
      prompt: `Module: ${input.moduleTitle}. Difficulty: ${input.difficulty}. Write one new exercise.`,
    });
    const parsed = text ? modelExercise.safeParse(safeJson(text)) : undefined;
    if (parsed?.success) {
      const def = asDefinition({ ...parsed.data, hints: parsed.data.hints as [string, string, string] });
      try {
        await deps.validate(def);
        return def;
      } catch (err) {
        deps.logger.info(
          { reason: (err as Error).message },
          "model-generated exercise rejected by the sandbox; using a template",
        );
      }
    }
  }
  const family = families().get(input.module);
  if (!family) throw new Error(`no generator family for module ${input.module}`);
  const def = asDefinition(generateFromFamily(family, input.difficulty, randomInt(2 ** 31)));
  await deps.validate(def);
  return def;
}

// the families are content, read once on first use (content/generators/<module-id>.yaml)
let loaded: ReturnType<typeof loadGeneratorsSync> | undefined;
const families = () => {
  loaded ??= loadGeneratorsSync();
  return loaded;
};

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text.match(/\{[\s\S]*\}/)?.[0] ?? text);
  } catch {
    return undefined;
  }
}
