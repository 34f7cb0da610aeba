import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { z } from "zod";
import { ContentError, readExerciseFolder } from "./exercise-folder.ts";
import {
  conceptSchema,
  exerciseMetaSchema,
  moduleSchema,
  quizSchema,
  type Curriculum,
  type Exercise,
} from "./schema.ts";

// The one loader of content/. Every file is validated; a problem stops loading
// with a message naming the file and the field.

export const DEFAULT_CONTENT_DIR = fileURLToPath(new URL("../../../content", import.meta.url));

export { ContentError };

function parseFile<S extends z.ZodType>(schema: S, file: string, root: string): z.infer<S> {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new ContentError(`${relative(root, file)}: not valid YAML (${(err as Error).message.split("\n")[0]})`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ContentError(`${relative(root, file)}: ${issue.path.join(".") || "(file)"} ${issue.message}`);
  }
  return result.data;
}

const dirs = (path: string) =>
  existsSync(path)
    ? readdirSync(path, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
const yamls = (path: string) =>
  existsSync(path)
    ? readdirSync(path)
        .filter((f) => f.endsWith(".yaml"))
        .sort()
    : [];

const cache = new Map<string, Curriculum>();

export async function loadCurriculum(root = DEFAULT_CONTENT_DIR): Promise<Curriculum> {
  const cached = cache.get(root);
  if (cached) return cached;
  const curriculum = loadCurriculumSync(root);
  cache.set(root, curriculum);
  return curriculum;
}

export function loadCurriculumSync(root = DEFAULT_CONTENT_DIR): Curriculum {
  const modules = [];
  const concepts = [];
  for (const dir of dirs(join(root, "modules"))) {
    const moduleDir = join(root, "modules", dir);
    modules.push(parseFile(moduleSchema, join(moduleDir, "module.yaml"), root));
    for (const file of yamls(join(moduleDir, "concepts")))
      concepts.push(parseFile(conceptSchema, join(moduleDir, "concepts", file), root));
  }
  const exercises: Exercise[] = dirs(join(root, "exercises")).map((dir) => {
    const exDir = join(root, "exercises", dir);
    const meta = parseFile(exerciseMetaSchema, join(exDir, "exercise.yaml"), root);
    if (meta.id !== dir)
      throw new ContentError(
        `${relative(root, exDir)}/exercise.yaml: id "${meta.id}" must match its folder name "${dir}"`,
      );
    return readExerciseFolder(meta, exDir, root);
  });
  const quizzes = yamls(join(root, "quizzes")).map((f) => parseFile(quizSchema, join(root, "quizzes", f), root));
  checkReferences({ modules, concepts, exercises, quizzes });
  return { modules: modules.sort((a, b) => a.order - b.order), concepts, exercises, quizzes };
}

function checkReferences(c: Curriculum) {
  const unique = (what: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const i of ids) {
      if (seen.has(i)) throw new ContentError(`duplicate ${what} id "${i}"`);
      seen.add(i);
    }
  };
  unique(
    "module",
    c.modules.map((m) => m.id),
  );
  unique(
    "concept",
    c.concepts.map((x) => x.id),
  );
  unique(
    "exercise",
    c.exercises.map((x) => x.id),
  );
  unique(
    "quiz",
    c.quizzes.map((x) => x.id),
  );
  const conceptIds = new Set(c.concepts.map((x) => x.id));
  for (const e of c.exercises) {
    const missing = e.concepts.find((id) => !conceptIds.has(id));
    if (missing)
      throw new ContentError(
        `exercises/${e.id}/exercise.yaml: concepts names "${missing}", which no concept has as id`,
      );
  }
}
