import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ContentError, readExerciseFolder, readFolder } from "./exercise-folder.ts";
import type { ExerciseMeta } from "./schema.ts";

// One exercise folder on a real disk, in each layout: what the platform reads from it, and the
// error an author reads (with the file's path from the content root) when a part is missing or wrong.

let root = "";
afterEach(() => rmSync(root, { recursive: true, force: true }));

function folder(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), "exercise-folder-"));
  const dir = join(root, "exercises", "add-one");
  mkdirSync(dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const meta: ExerciseMeta = {
  id: "add-one",
  module: "basics",
  title: "Add one",
  difficulty: "easy",
  tags: ["numbers"],
  concepts: ["functions"],
  hints: ["What does the function get?", "How do you make a number bigger?", "What is the number plus one?"],
};

const own = {
  "exercise.yaml": "id: add-one\n",
  "prompt.md": "Add one.\n",
  "starter.py": "def add_one(n):\n    pass\n",
  ".meta/solution.py": "def add_one(n):\n    return n + 1\n",
  ".meta/tests.py": "import unittest\n",
};

const published = {
  "exercise.yaml": "id: add-one\n",
  ".meta/config.json": JSON.stringify({
    authors: ["someone"],
    files: { solution: ["add_one.py"], test: ["add_one_test.py"], example: [".meta/example.py"] },
  }),
  "add_one.py": "def add_one(n):\n    pass\n",
  "add_one_test.py": "import unittest\nfrom add_one import add_one\n",
  ".meta/example.py": "def add_one(n):\n    return n + 1\n",
  ".docs/instructions.md": "# Instructions\n\nAdd one.\n",
};

const errorOf = (fn: () => unknown): Error => {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error("no error");
};

describe("readFolder", () => {
  it("reads every file by its path with /, skipping caches and compiled Python", () => {
    const dir = folder({
      "a.txt": "A",
      "sub/deep/b.txt": "B",
      "__pycache__/c.py": "x",
      "node_modules/d.js": "x",
      "sub/e.pyc": "x",
      "sub/f.py": "F",
    });
    expect(readFolder(dir)).toEqual({ "a.txt": "A", "sub/deep/b.txt": "B", "sub/f.py": "F" });
    expect(readFolder(join(dir, "sub"), "data/")).toEqual({ "data/deep/b.txt": "B", "data/f.py": "F" });
  });
});

describe("EmberLearn's own layout", () => {
  it("reads the parts, helpers beside the tests in name order, and data files by path", () => {
    const dir = folder({
      ...own,
      ".meta/zeta.py": "Z = 1\n",
      ".meta/fixtures.py": "N = 1\n",
      ".meta/notes.md": "not a helper\n",
      "data/b.txt": "2\n",
      "data/a/c.txt": "3\n",
      "data/a.txt": "1\n",
    });
    const ex = readExerciseFolder(meta, dir, root);
    expect(ex).toEqual({
      ...meta,
      moduleName: "student",
      prompt: "Add one.\n",
      starter: "def add_one(n):\n    pass\n",
      solution: "def add_one(n):\n    return n + 1\n",
      tests: "import unittest\n",
      helpers: { fixtures: "N = 1\n", zeta: "Z = 1\n" },
      files: [
        { path: "a.txt", content: "1\n" },
        { path: "a/c.txt", content: "3\n" },
        { path: "b.txt", content: "2\n" },
      ],
      dir,
    });
    expect(Object.keys(ex.helpers)).toEqual(["fixtures", "zeta"]);
  });

  it("keeps the module name the metadata gives, and has no data files without data/", () => {
    const ex = readExerciseFolder({ ...meta, moduleName: "adder" }, folder(own), root);
    expect([ex.moduleName, ex.files, ex.helpers]).toEqual(["adder", [], {}]);
  });

  it("names the missing file by its path from the content root", () => {
    for (const part of ["prompt.md", "starter.py", ".meta/solution.py", ".meta/tests.py"]) {
      const files: Record<string, string> = { ...own };
      delete files[part];
      const err = errorOf(() => readExerciseFolder(meta, folder(files), root));
      expect(err, part).toBeInstanceOf(ContentError);
      expect(err.message).toBe(`exercises/add-one/${part}: file is missing`);
    }
  });
});

describe("the published layout", () => {
  it("reads it, leaving exercise.yaml out of its files", () => {
    const dir = folder(published);
    const ex = readExerciseFolder(meta, dir, root);
    expect([ex.moduleName, ex.testModule, ex.starter, ex.solution, ex.dir]).toEqual([
      "add_one",
      "add_one_test",
      published["add_one.py"],
      published[".meta/example.py"],
      dir,
    ]);
    expect(ex.prompt).toContain("Add one.");
    expect(ex.files.map((f) => f.path)).toEqual([]);
    expect(readExerciseFolder({ ...meta, moduleName: "add_one" }, dir, root).moduleName).toBe("add_one");
  });

  it("says which file of the folder is wrong, from the content root", () => {
    const err = errorOf(() => readExerciseFolder(meta, folder({ ...published, ".meta/config.json": "{" }), root));
    expect(err).toBeInstanceOf(ContentError);
    expect(err.message).toMatch(/^exercises\/add-one\/\.meta\/config\.json: is not valid JSON/);
  });

  it("says when the folder as a whole is wrong", () => {
    const many = Object.fromEntries(Array.from({ length: 61 }, (_, i) => [`f${i}.txt`, "x"]));
    const err = errorOf(() => readExerciseFolder(meta, folder({ ...published, ...many }), root));
    expect(err).toBeInstanceOf(ContentError);
    expect(err.message).toMatch(/^exercises\/add-one: .*at most 60/);
  });

  it("refuses a module name in exercise.yaml that is not the stub's", () => {
    const err = errorOf(() => readExerciseFolder({ ...meta, moduleName: "adder" }, folder(published), root));
    expect(err).toBeInstanceOf(ContentError);
    expect(err.message).toBe(
      'exercises/add-one/exercise.yaml: moduleName "adder" differs from the stub\'s name "add_one"',
    );
  });
});
