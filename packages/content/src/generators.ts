import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { ContentError } from "./exercise-folder.ts";
import { DEFAULT_CONTENT_DIR } from "./load.ts";
import { fillPlaceholders, type Assignment } from "./variants.ts";

// Offline exercise generators (content/generators/<module-id>.yaml): one family per module, text with
// {{placeholders}} and the values a seed picks from. Expected values are computed by the Python tests
// from the same placeholders, never typed in; the only template language is {{name}}.

export const DIFFICULTIES = ["easy", "medium", "hard"] as const;
export type GeneratorDifficulty = (typeof DIFFICULTIES)[number];

const name = z.string().regex(/^[a-z_][a-z0-9_]*$/, "must be a placeholder name like fn or limit");
const scalar = z.union([z.string(), z.number()]).transform(String);
const range = z
  .tuple([z.number().int(), z.number().int()])
  .refine(([lo, hi]) => lo <= hi, "low must not be above high");
const perDifficulty = <T extends z.ZodType>(value: T) => z.object({ easy: value, medium: value, hard: value }).strict();

export const generatorSchema = z
  .object({
    module: z.string().min(1),
    /** Tables: the seed picks one row of each; a row's fields become placeholders. */
    choose: z.record(name, z.array(z.record(name, scalar)).min(1)).default({}),
    /** Integer placeholders, a [low, high] range per difficulty. */
    numbers: perDifficulty(z.record(name, range)).optional(),
    /** Text placeholders that change with difficulty; they may use the other placeholders. */
    byDifficulty: perDifficulty(z.record(name, z.string())).optional(),
    title: z.string().min(3).max(120),
    prompt: z.string().min(20),
    starter: z.string().min(1),
    solution: z.string().min(1),
    tests: z.string().min(20),
    hints: z.tuple([z.string().min(5), z.string().min(5), z.string().min(5)]),
  })
  .strict();
export type GeneratorFamily = z.infer<typeof generatorSchema>;

export interface FilledExercise {
  title: string;
  prompt: string;
  starter: string;
  solution: string;
  tests: string;
  hints: [string, string, string];
}

/** The family's text with these placeholder values; throws if a placeholder has no value. */
export function fillFamily(family: GeneratorFamily, values: Assignment): FilledExercise {
  const fill = (text: string) => {
    const out = fillPlaceholders(text, values);
    const left = /\{\{\s*(\w+)\s*\}\}/.exec(out);
    if (left) throw new ContentError(`generator ${family.module}: placeholder {{${left[1]}}} has no value`);
    return out;
  };
  return {
    title: fill(family.title),
    prompt: fill(family.prompt),
    starter: fill(family.starter),
    solution: fill(family.solution),
    tests: fill(family.tests),
    hints: family.hints.map(fill) as FilledExercise["hints"],
  };
}

/** Every generator family, checked against the schema and against the module ids of content/modules. */
export function loadGeneratorsSync(root = DEFAULT_CONTENT_DIR): Map<string, GeneratorFamily> {
  const moduleIds = new Set(
    readdirSync(join(root, "modules")).map((dir) => {
      const raw = parse(readFileSync(join(root, "modules", dir, "module.yaml"), "utf8")) as { id?: unknown };
      return String(raw?.id);
    }),
  );
  const dir = join(root, "generators");
  const families = new Map<string, GeneratorFamily>();
  for (const file of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".yaml")) : []) {
    const where = `generators/${file}`;
    let raw: unknown;
    try {
      raw = parse(readFileSync(join(dir, file), "utf8"));
    } catch (err) {
      throw new ContentError(`${where}: not valid YAML (${(err as Error).message.split("\n")[0]})`);
    }
    const result = generatorSchema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new ContentError(`${where}: ${issue.path.join(".") || "(file)"} ${issue.message}`);
    }
    const family = result.data;
    if (`${family.module}.yaml` !== file)
      throw new ContentError(`${where}: module "${family.module}" must match the file name`);
    if (!moduleIds.has(family.module))
      throw new ContentError(`${where}: module "${family.module}" is not in content/modules`);
    for (const [table, rows] of Object.entries(family.choose)) {
      const keys = Object.keys(rows[0]).sort().join(",");
      if (rows.some((r) => Object.keys(r).sort().join(",") !== keys))
        throw new ContentError(`${where}: choose.${table} rows must all have the fields ${keys}`);
    }
    families.set(family.module, family);
  }
  return families;
}
