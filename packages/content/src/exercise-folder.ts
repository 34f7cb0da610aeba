import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import {
  isPublishedLayout,
  LayoutError,
  readPublishedExercise,
  type DataFile,
  type PublishedExercise,
} from "./published.ts";
import type { Exercise, ExerciseMeta } from "./schema.ts";

// One curriculum exercise folder, in either layout:
// - EmberLearn's own: exercise.yaml, prompt.md, starter.py, .meta/solution.py, .meta/tests.py,
//   with optional helper modules beside the tests (.meta/<name>.py) and data files (data/…);
// - the published one (Exercism's, see published.ts), plus exercise.yaml for what that layout
//   does not say (module, difficulty, concepts, the three hints).

export class ContentError extends Error {}

const SKIP = new Set(["__pycache__", "node_modules"]);

/** Every file of a folder, path (relative, with /) → text. */
export function readFolder(dir: string, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.endsWith(".pyc")) continue;
    const path = prefix + entry.name;
    if (entry.isDirectory()) Object.assign(out, readFolder(join(dir, entry.name), `${path}/`));
    else if (entry.isFile()) out[path] = readFileSync(join(dir, entry.name), "utf8");
  }
  return out;
}

function readRequired(file: string, root: string): string {
  if (!existsSync(file)) throw new ContentError(`${relative(root, file)}: file is missing`);
  return readFileSync(file, "utf8");
}

type FolderParts = Pick<
  Exercise,
  "moduleName" | "testModule" | "prompt" | "starter" | "solution" | "tests" | "helpers" | "files"
>;

function ownLayout(meta: ExerciseMeta, exDir: string, root: string): FolderParts {
  const helpers: Record<string, string> = {};
  const metaDir = join(exDir, ".meta");
  for (const f of existsSync(metaDir) ? readdirSync(metaDir).sort() : [])
    if (f.endsWith(".py") && f !== "solution.py" && f !== "tests.py")
      helpers[f.replace(/\.py$/, "")] = readFileSync(join(metaDir, f), "utf8");
  const dataDir = join(exDir, "data");
  const files: DataFile[] = existsSync(dataDir)
    ? Object.entries(readFolder(dataDir))
        .map(([path, content]) => ({ path, content }))
        .sort((a, b) => a.path.localeCompare(b.path))
    : [];
  return {
    moduleName: meta.moduleName ?? "student",
    prompt: readRequired(join(exDir, "prompt.md"), root),
    starter: readRequired(join(exDir, "starter.py"), root),
    solution: readRequired(join(exDir, ".meta/solution.py"), root),
    tests: readRequired(join(exDir, ".meta/tests.py"), root),
    helpers,
    files,
  };
}

function publishedLayout(meta: ExerciseMeta, folder: Record<string, string>, where: string): FolderParts {
  delete folder["exercise.yaml"];
  let ex: PublishedExercise;
  try {
    ex = readPublishedExercise(folder);
  } catch (err) {
    if (err instanceof LayoutError)
      throw new ContentError(err.file ? `${where}/${err.file}: ${err.reason}` : `${where}: ${err.reason}`);
    throw err;
  }
  if (meta.moduleName && meta.moduleName !== ex.moduleName)
    throw new ContentError(
      `${where}/exercise.yaml: moduleName "${meta.moduleName}" differs from the stub's name "${ex.moduleName}"`,
    );
  const { moduleName, testModule, prompt, starter, solution, tests, helpers, files } = ex;
  return { moduleName, testModule, prompt, starter, solution, tests, helpers, files };
}

export function readExerciseFolder(meta: ExerciseMeta, exDir: string, root: string): Exercise {
  const folder = readFolder(exDir);
  const body = isPublishedLayout(Object.keys(folder))
    ? publishedLayout(meta, folder, relative(root, exDir))
    : ownLayout(meta, exDir, root);
  return { ...meta, ...body, dir: exDir };
}
