import { z } from "zod";

// Exercises as they are published (Exercism's layout): a stub `<slug>.py`, its tests
// `<slug>_test.py` importing it by that name, the reference solution in `.meta/example.py`,
// `.meta/config.json` naming those files, instructions in `.docs/`. Pure functions over the
// folder as a map path → text, so the content loader (files on disk) and the teacher studio
// (files in a request body) read a folder the same way. A folder that cannot be read throws a
// LayoutError naming the file at fault, in words a teacher can act on.

export interface DataFile {
  path: string;
  content: string;
}

export interface PublishedExercise {
  /** the stub's name in kebab-case (word_count.py → word-count) */
  slug: string;
  title: string;
  /** what the tests import the student's code as (the stub's file name) */
  moduleName: string;
  /** the test file's module name */
  testModule: string;
  prompt: string;
  starter: string;
  solution: string;
  tests: string;
  /** modules beside the tests that they import; never shown to students */
  helpers: Record<string, string>;
  /** data files the student's code reads (written beside it in Run and in grading) */
  files: DataFile[];
  hints: string[];
  /** where the stub, the tests and the solution were found, to name them in errors */
  paths: { starter: string; tests: string; solution: string };
}

export class LayoutError extends Error {
  /** the file at fault (a path of the folder), or undefined for the folder as a whole */
  constructor(
    readonly file: string | undefined,
    /** what is wrong, without the file's name */
    readonly reason: string,
  ) {
    super(file ? `${file}: ${reason}` : `the folder ${reason}`);
    this.name = "LayoutError";
  }
}

// within what the sandbox accepts (packages/contracts sandbox.ts: 64 KB of code, 20 files), a folder
// whose grading request stays under the services' 256 KB body limit once encoded as JSON, and data
// files small enough to travel with a student's Run (the gateway takes 128 KB for a run)
export const PUBLISHED_LIMITS = {
  files: 60,
  totalBytes: 192 * 1024,
  dataFiles: 20,
  dataBytes: 96 * 1024,
  codeBytes: 64 * 1024,
};

const PYTHON_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,60}$/;
// what the sandbox accepts as a file's path (packages/contracts runFile)
const DATA_PATH = /^[\w .\-/]+$/;
const CONFIG = ".meta/config.json";
// a downloaded copy's own files, and EmberLearn's metadata beside a curriculum folder
const IGNORED_TOP = new Set(["README.md", "HELP.md", "HINTS.md", "LICENSE", "exercise.yaml"]);

const fileList = z.array(z.string().min(1)).min(1, "must name a file");
const configSchema = z.looseObject({
  title: z.string().min(3).optional(),
  files: z.looseObject({
    solution: fileList,
    test: fileList,
    example: fileList,
    editor: z.array(z.string()).optional(),
  }),
});

/** Does this folder look like the published layout (rather than EmberLearn's own)? */
export function isPublishedLayout(paths: Iterable<string>): boolean {
  for (const p of paths) if (p === CONFIG || p === ".meta/example.py") return true;
  return false;
}

function normalise(path: string): string {
  const p = path.replace(/^\.\//, "");
  const bad =
    p.length === 0 ||
    p.length > 200 ||
    p.startsWith("/") ||
    p.includes("\\") ||
    p.includes("\0") ||
    p.split("/").some((part) => part === ".." || part === "." || part === "");
  if (bad) throw new LayoutError(path, "must be a relative path inside the folder (no .., no leading /)");
  return p;
}

function moduleOf(path: string, role: string): string {
  const name = path.replace(/\.py$/, "");
  if (path.includes("/") || !path.endsWith(".py") || !PYTHON_NAME.test(name))
    throw new LayoutError(path, `the ${role} must be a .py file beside the tests whose name Python can import`);
  return name;
}

interface Layout {
  stub: string;
  test: string;
  example: string;
  editor: string[];
  title?: string;
}

/** a file the layout names: the layout checks they exist, so a miss here is a layout bug, said as one */
function fileText(files: Map<string, string>, path: string): string {
  const text = files.get(path);
  if (text === undefined) throw new LayoutError(path, "is missing");
  return text;
}

function fromConfig(files: Map<string, string>): Layout {
  let raw: unknown;
  try {
    raw = JSON.parse(fileText(files, CONFIG));
  } catch (err) {
    throw new LayoutError(CONFIG, `is not valid JSON (${(err as Error).message})`);
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LayoutError(CONFIG, `${issue.path.join(".") || "(file)"} ${issue.message}`);
  }
  const { solution, test, example, editor = [] } = parsed.data.files;
  for (const [key, list] of [
    ["solution", solution],
    ["test", test],
    ["example", example],
  ] as const)
    if (list.length > 1)
      throw new LayoutError(CONFIG, `files.${key} names ${list.length} files; an exercise here has exactly one`);
  const layout = { stub: solution[0], test: test[0], example: example[0], editor, title: parsed.data.title };
  for (const path of [layout.stub, layout.test, layout.example, ...editor])
    if (!files.has(normalise(path))) throw new LayoutError(CONFIG, `names ${path}, which is not in the folder`);
  return { ...layout, stub: normalise(layout.stub), test: normalise(layout.test), example: normalise(layout.example) };
}

/** Without a config: the one `<slug>_test.py` (or `test_<slug>.py`) beside `<slug>.py`. */
function byConvention(files: Map<string, string>): Layout {
  const tests = [...files.keys()].filter((p) => !p.includes("/") && /^(test_\w+|\w+_test)\.py$/.test(p)).sort();
  if (tests.length !== 1)
    throw new LayoutError(
      undefined,
      tests.length === 0
        ? `has no ${CONFIG} and no test file (<slug>_test.py)`
        : `has no ${CONFIG} to say which of ${tests.join(", ")} holds the tests`,
    );
  const test = tests[0];
  const stub = `${test
    .replace(/^test_/, "")
    .replace(/_test\.py$/, "")
    .replace(/\.py$/, "")}.py`;
  if (!files.has(stub)) throw new LayoutError(undefined, `has ${test} but no ${stub} (the stub the tests import)`);
  if (!files.has(".meta/example.py")) throw new LayoutError(undefined, "has no .meta/example.py (the solution)");
  return { stub, test, example: ".meta/example.py", editor: [] };
}

const heading = /^#\s+(.+)\n+/;

/** The introduction, then the instructions and what the track appends, as one Markdown text. */
function promptOf(files: Map<string, string>): string {
  const instructions = files.get(".docs/instructions.md");
  if (!instructions?.trim()) throw new LayoutError(".docs/instructions.md", "is missing: students need instructions");
  const intro = files.get(".docs/introduction.md");
  const append = files.get(".docs/instructions.append.md");
  const parts = [
    intro?.replace(heading, "## $1\n\n"),
    instructions.replace(heading, "## $1\n\n"),
    append?.replace(heading, ""),
  ];
  return parts
    .filter((p): p is string => !!p?.trim())
    .map((p) => p.trim())
    .join("\n\n");
}

/** The list items of `.docs/hints.md`, continuation lines joined, at most three (the hint ladder). */
export function hintsOf(markdown: string | undefined): string[] {
  const items: string[] = [];
  let current: string | undefined;
  for (const line of (markdown ?? "").split("\n")) {
    const item = /^\s{0,3}(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      if (current) items.push(current);
      current = item[1].trim();
    } else if (current !== undefined && /^\s+\S/.test(line)) current += ` ${line.trim()}`;
    else if (current !== undefined) {
      items.push(current);
      current = undefined;
    }
  }
  if (current) items.push(current);
  return items.filter((h) => h.length > 0).slice(0, 3);
}

const titleOf = (slug: string) => slug[0].toUpperCase() + slug.slice(1).replace(/-/g, " ");

const ignored = (path: string) =>
  IGNORED_TOP.has(path) || path.split("/").some((part) => part.startsWith(".") || part === "__pycache__");

/** Reads a published exercise folder (path → text). Throws LayoutError when it cannot. */
export function readPublishedExercise(folder: Record<string, string>): PublishedExercise {
  const entries = Object.entries(folder);
  if (entries.length === 0) throw new LayoutError(undefined, "is empty");
  if (entries.length > PUBLISHED_LIMITS.files)
    throw new LayoutError(undefined, `has ${entries.length} files; at most ${PUBLISHED_LIMITS.files}`);
  const bytes = entries.reduce((n, [, text]) => n + Buffer.byteLength(text), 0);
  if (bytes > PUBLISHED_LIMITS.totalBytes)
    throw new LayoutError(
      undefined,
      `holds ${Math.ceil(bytes / 1024)} KB; at most ${PUBLISHED_LIMITS.totalBytes / 1024} KB`,
    );
  const files = new Map(entries.map(([path, text]) => [normalise(path), text]));

  const layout = files.has(CONFIG) ? fromConfig(files) : byConvention(files);
  const moduleName = moduleOf(layout.stub, "stub");
  const testModule = moduleOf(layout.test, "test file");
  if (!fileText(files, layout.test).trim()) throw new LayoutError(layout.test, "is empty");
  if (!fileText(files, layout.example).trim()) throw new LayoutError(layout.example, "is empty");
  for (const path of [layout.stub, layout.example])
    if (Buffer.byteLength(fileText(files, path)) > PUBLISHED_LIMITS.codeBytes)
      throw new LayoutError(path, `is over ${PUBLISHED_LIMITS.codeBytes / 1024} KB of code`);
  const own = new Set([layout.stub, layout.test, layout.example]);
  const editor = new Set(layout.editor.map(normalise));

  const helpers: Record<string, string> = {};
  const data: DataFile[] = [];
  for (const [path, content] of files) {
    if (own.has(path) || (ignored(path) && !editor.has(path))) continue;
    const besideTests = !path.includes("/") && path.endsWith(".py");
    if (besideTests) helpers[moduleOf(path, "helper module")] = content;
    // an editor file is one the student sees: their code may read it, the tests may import it
    if (besideTests && !editor.has(path)) continue;
    if (!DATA_PATH.test(path))
      throw new LayoutError(path, "a data file's path may use only letters, digits, spaces, . _ - and /");
    data.push({ path, content });
  }
  if (data.length > PUBLISHED_LIMITS.dataFiles)
    throw new LayoutError(undefined, `has ${data.length} data files; at most ${PUBLISHED_LIMITS.dataFiles}`);
  const dataBytes = data.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
  if (dataBytes > PUBLISHED_LIMITS.dataBytes)
    throw new LayoutError(
      undefined,
      `has ${Math.ceil(dataBytes / 1024)} KB of data files; at most ${PUBLISHED_LIMITS.dataBytes / 1024} KB, ` +
        "so they travel with a student's Run",
    );

  const slug = moduleName.toLowerCase().replace(/_+/g, "-").replace(/^-|-$/g, "") || "exercise";
  return {
    slug,
    title: layout.title ?? titleOf(slug),
    moduleName,
    testModule,
    prompt: promptOf(files),
    starter: fileText(files, layout.stub),
    solution: fileText(files, layout.example),
    tests: fileText(files, layout.test),
    helpers,
    files: data.sort((a, b) => a.path.localeCompare(b.path)),
    hints: hintsOf(files.get(".docs/hints.md")),
    paths: { starter: layout.stub, tests: layout.test, solution: layout.example },
  };
}
