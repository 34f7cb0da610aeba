import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ContentError, loadCurriculum, loadCurriculumSync } from "./load.ts";

// The loader as a content author meets it: a small curriculum written to a temporary folder, then
// one mistake at a time, each refused with a message naming the file and the field to fix.

const text = "A sentence long enough to pass the schema's minimum length for explanations.";
const base = (): Record<string, string> => ({
  "modules/02-control/module.yaml": "id: control-flow\norder: 2\ntitle: Control flow\nsummary: Loops and branches.\n",
  "modules/01-basics/module.yaml": "id: basics\norder: 1\ntitle: Basics\nsummary: Values and names.\n",
  "modules/01-basics/concepts/variables.yaml": [
    "id: variables\nmodule: basics\norder: 1\ntitle: Variables\nsummary: Names for values.",
    "keywords: [variable, name]",
    `explanations:\n  simple: ${text}\n  standard: ${text}\n  deep: ${text}`,
    "example: x = 1\nexpectedOutput: ''\n",
  ].join("\n"),
  "exercises/add-one/exercise.yaml": [
    "id: add-one\nmodule: basics\ntitle: Add one\ndifficulty: easy\ntags: [numbers]\nconcepts: [variables]",
    "hints: [Look at the number you get., Adding changes a value., What does 1 + 1 give?]\n",
  ].join("\n"),
  "exercises/add-one/prompt.md": "Add one.\n",
  "exercises/add-one/starter.py": "def add_one(n):\n    pass\n",
  "exercises/add-one/.meta/solution.py": "def add_one(n):\n    return n + 1\n",
  "exercises/add-one/.meta/tests.py": "import unittest\n",
  "exercises/add-one/.meta/fixtures.py": "N = 1\n",
  "exercises/add-one/.meta/notes.txt": "not a helper\n",
  "exercises/add-one/data/b.txt": "2\n",
  "exercises/add-one/data/a.txt": "1\n",
  "exercises/add-one/data/__pycache__/x.pyc": "junk",
  "quizzes/basics.yaml": [
    "id: basics-quiz\nmodule: basics\ntitle: Basics quiz\nperAttempt: 1\nquestions:",
    "  - {id: q1, kind: multiple-choice, prompt: Pick one., options: [a, b], answer: 1, explanation: " +
      "Because b is right.}",
    "",
  ].join("\n"),
});

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

function write(files: Record<string, string | undefined>): string {
  const root = mkdtempSync(join(tmpdir(), "emberlearn-content-"));
  dirs.push(root);
  for (const [path, content] of Object.entries(files)) {
    if (content === undefined) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const refusal = (over: Record<string, string | undefined>) => {
  const root = write({ ...base(), ...over });
  try {
    loadCurriculumSync(root);
  } catch (err) {
    expect(err).toBeInstanceOf(ContentError);
    return (err as Error).message;
  }
  throw new Error("the curriculum was accepted");
};

describe("loading the curriculum", () => {
  it("reads modules in their order, concepts, exercises with helpers and data files, and quizzes", async () => {
    const root = write(base());
    const c = loadCurriculumSync(root);
    expect(c.modules.map((m) => m.id)).toEqual(["basics", "control-flow"]);
    expect(c.concepts.map((x) => x.id)).toEqual(["variables"]);
    expect(c.quizzes.map((q) => [q.id, q.perAttempt])).toEqual([["basics-quiz", 1]]);
    const [ex] = c.exercises;
    expect(ex).toMatchObject({
      id: "add-one",
      moduleName: "student",
      prompt: "Add one.\n",
      starter: "def add_one(n):\n    pass\n",
      solution: "def add_one(n):\n    return n + 1\n",
      tests: "import unittest\n",
      helpers: { fixtures: "N = 1\n" },
      files: [
        { path: "a.txt", content: "1\n" },
        { path: "b.txt", content: "2\n" },
      ],
      dir: join(root, "exercises/add-one"),
    });
    // the async loader reads a folder once and hands out the same curriculum after that
    const first = await loadCurriculum(root);
    expect(first.exercises[0].id).toBe("add-one");
    expect(await loadCurriculum(root)).toBe(first);
  });

  it("reads an empty content folder as an empty curriculum", () => {
    expect(loadCurriculumSync(write({}))).toEqual({ modules: [], concepts: [], exercises: [], quizzes: [] });
  });

  it("names the file and the field of each mistake", () => {
    expect(refusal({ "quizzes/basics.yaml": "id: [unclosed\n" })).toMatch(/^quizzes\/basics\.yaml: not valid YAML \(/);
    expect(refusal({ "modules/01-basics/module.yaml": "id: basics\norder: 1\ntitle: Basics\nsummary: Short\n" })).toBe(
      "modules/01-basics/module.yaml: summary Too small: expected string to have >=10 characters",
    );
    expect(refusal({ "modules/01-basics/module.yaml": "just text\n" })).toMatch(
      /^modules\/01-basics\/module\.yaml: \(file\) /,
    );
    const meta = base()["exercises/add-one/exercise.yaml"];
    expect(refusal({ "exercises/add-one/exercise.yaml": meta.replace("id: add-one", "id: add-two") })).toBe(
      'exercises/add-one/exercise.yaml: id "add-two" must match its folder name "add-one"',
    );
    expect(refusal({ "exercises/add-one/exercise.yaml": meta.replace("[variables]", "[loops]") })).toBe(
      'exercises/add-one/exercise.yaml: concepts names "loops", which no concept has as id',
    );
    expect(refusal({ "exercises/add-one/prompt.md": undefined, "exercises/add-one/x.md": "" })).toBe(
      "exercises/add-one/prompt.md: file is missing",
    );
  });

  it("refuses an id used twice, saying which kind and which id", () => {
    const b = base();
    expect(
      refusal({ "modules/03-again/module.yaml": b["modules/01-basics/module.yaml"].replace("order: 1", "order: 3") }),
    ).toBe('duplicate module id "basics"');
    expect(refusal({ "modules/01-basics/concepts/again.yaml": b["modules/01-basics/concepts/variables.yaml"] })).toBe(
      'duplicate concept id "variables"',
    );
    expect(refusal({ "quizzes/again.yaml": b["quizzes/basics.yaml"] })).toBe('duplicate quiz id "basics-quiz"');
  });

  it("reads a published-layout exercise, and says which file of it is wrong", () => {
    const published = {
      "exercises/add-one/prompt.md": undefined,
      "exercises/add-one/starter.py": undefined,
      "exercises/add-one/.meta/solution.py": undefined,
      "exercises/add-one/.meta/tests.py": undefined,
      "exercises/add-one/.meta/fixtures.py": undefined,
      "exercises/add-one/add_one.py": "def add_one(n):\n    pass\n",
      "exercises/add-one/add_one_test.py": "import unittest\n",
      "exercises/add-one/.meta/example.py": "def add_one(n):\n    return n + 1\n",
      "exercises/add-one/.docs/instructions.md": "# Instructions\n\nAdd one.\n",
    };
    const c = loadCurriculumSync(write({ ...base(), ...published }));
    expect(c.exercises[0]).toMatchObject({
      moduleName: "add_one",
      testModule: "add_one_test",
      prompt: "## Instructions\n\nAdd one.",
    });
    expect(refusal({ ...published, "exercises/add-one/.docs/instructions.md": "" })).toBe(
      "exercises/add-one/.docs/instructions.md: is missing: students need instructions",
    );
    expect(refusal({ ...published, "exercises/add-one/other_test.py": "x" })).toBe(
      "exercises/add-one: has no .meta/config.json to say which of add_one_test.py, other_test.py holds the tests",
    );
    const meta = base()["exercises/add-one/exercise.yaml"];
    expect(refusal({ ...published, "exercises/add-one/exercise.yaml": `${meta}moduleName: adder\n` })).toBe(
      'exercises/add-one/exercise.yaml: moduleName "adder" differs from the stub\'s name "add_one"',
    );
    expect(
      loadCurriculumSync(
        write({ ...base(), ...published, "exercises/add-one/exercise.yaml": `${meta}moduleName: add_one\n` }),
      ).exercises[0].moduleName,
    ).toBe("add_one");
  });
});
