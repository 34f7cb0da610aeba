import { describe, expect, it } from "vitest";
import { hintsOf, LayoutError, PUBLISHED_LIMITS, readPublishedExercise } from "./published.ts";
import { quizSchema } from "./schema.ts";
import { vagueTestName, vagueTestNames } from "./test-names.ts";

// The edges an author or teacher meets: each limit accepted at its value and refused one past it,
// paths that try to leave the folder, quizzes whose answers cannot be right, and test names.

const config = JSON.stringify({
  authors: ["a"],
  files: { solution: ["word_count.py"], test: ["word_count_test.py"], example: [".meta/example.py"] },
});
const folder = (extra: Record<string, string> = {}): Record<string, string> => ({
  ".meta/config.json": config,
  "word_count.py": "def count_words(s):\n    pass\n",
  "word_count_test.py": "import unittest\n",
  ".meta/example.py": "def count_words(s):\n    return {}\n",
  ".docs/instructions.md": "Count the words.\n",
  ...extra,
});
const bytes = (files: Record<string, string>) => Object.values(files).reduce((n, t) => n + Buffer.byteLength(t), 0);
const refused = (files: Record<string, string>) => {
  try {
    readPublishedExercise(files);
  } catch (err) {
    if (err instanceof LayoutError) return err.message;
    throw err;
  }
  return "accepted";
};

describe("published folder limits and paths", () => {
  it("accepts each limit at its value and refuses one past it", () => {
    const pad = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`.meta/pad${i}`, "x"]));
    expect(refused(folder(pad(PUBLISHED_LIMITS.files - 5)))).toBe("accepted");
    const base = bytes(folder({ ".meta/big": "" }));
    expect(refused(folder({ ".meta/big": "x".repeat(192 * 1024 - base) }))).toBe("accepted");
    expect(refused(folder({ ".meta/big": "x".repeat(192 * 1024 - base + 1) }))).toBe(
      "the folder holds 193 KB; at most 192 KB",
    );
    const data = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`data/f${i}.txt`, "x"]));
    expect(refused(folder(data(20)))).toBe("accepted");
    expect(refused(folder(data(21)))).toBe("the folder has 21 data files; at most 20");
    expect(refused(folder({ "d.txt": "x".repeat(96 * 1024) }))).toBe("accepted");
    const code = "#".repeat(64 * 1024);
    expect(refused(folder({ ".meta/example.py": code }))).toBe("accepted");
    expect(refused(folder({ "word_count.py": `${code}#` }))).toBe("word_count.py: is over 64 KB of code");
    expect(refused(folder({ ".meta/example.py": " \n" }))).toBe(".meta/example.py: is empty");
  });

  it("refuses paths that could leave the folder, and strips a leading ./", () => {
    for (const path of ["a\\b.txt", "a\0.txt", "a//b.txt", "a/./b.txt", "x/", `${"a".repeat(201)}`])
      expect(refused(folder({ [path]: "x" })), JSON.stringify(path)).toMatch(
        /must be a relative path inside the folder/,
      );
    expect(refused(folder({ [`${"a".repeat(200)}`]: "x" }))).toBe("accepted");
    expect(readPublishedExercise({ ...folder(), "./notes.txt": "n" }).files).toEqual([
      { path: "notes.txt", content: "n" },
    ]);
  });

  it("needs the stub and tests to be importable .py files beside each other", () => {
    const cfg = (stub: string) => config.replace('"word_count.py"', JSON.stringify(stub));
    expect(refused({ ...folder(), "src/wc.py": "x", ".meta/config.json": cfg("src/wc.py") })).toBe(
      "src/wc.py: the stub must be a .py file beside the tests whose name Python can import",
    );
    expect(refused({ ...folder(), "wc.txt": "x", ".meta/config.json": cfg("wc.txt") })).toMatch(/^wc\.txt: the stub/);
    expect(refused({ ...folder(), "2wc.py": "x", ".meta/config.json": cfg("2wc.py") })).toMatch(/^2wc\.py: the stub/);
  });

  it("names the exercise from its stub, and reads a prompt with instructions only", () => {
    const ex = readPublishedExercise({
      ...folder(),
      "Word__Count_.py": "x",
      ".meta/config.json": config.replace('"word_count.py"', '"Word__Count_.py"'),
    });
    expect(ex).toMatchObject({ slug: "word-count", title: "Word count", prompt: "Count the words." });
    const none = readPublishedExercise({
      ...folder(),
      "___.py": "x",
      ".meta/config.json": config.replace('"word_count.py"', '"___.py"'),
    });
    expect(none.slug).toBe("exercise");
    const sorted = readPublishedExercise(folder({ "b.txt": "b", "a.txt": "a", "C.txt": "c" })).files.map((f) => f.path);
    expect(sorted).toEqual(["a.txt", "b.txt", "C.txt"]);
  });

  it("takes hint list items, stopping an item at a blank or unindented line", () => {
    expect(hintsOf("- one\n  more\n\n  after a blank\n-two\n* three\n+ four")).toEqual(["one more", "three", "four"]);
    expect(hintsOf("1) first\nplain text\n2. second")).toEqual(["first", "second"]);
    expect(hintsOf("-   \n- real")).toEqual(["real"]);
  });
});

describe("quiz rules", () => {
  const mc = (id: string, answer: number) => ({
    id,
    kind: "multiple-choice",
    prompt: "Pick one.",
    options: ["a", "b"],
    answer,
    explanation: "Because it is.",
  });
  const quiz = (questions: unknown[], perAttempt = 1) => ({
    id: "q",
    module: "basics",
    title: "Quiz",
    perAttempt,
    questions,
  });
  const issues = (q: unknown) => {
    const r = quizSchema.safeParse(q);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  };

  it("refuses an answer that is not one of the options, a question id used twice, and too many per attempt", () => {
    expect(issues(quiz([mc("a", 1), mc("b", 0)], 2))).toEqual([]);
    expect(issues(quiz([mc("a", 2)]))).toEqual(["questions.0.answer: must be the index of one of the options"]);
    expect(issues(quiz([mc("a", 0), mc("a", 1)]))).toEqual(['questions.1.id: "a" is used twice in this quiz']);
    expect(issues(quiz([mc("a", 0)], 2))).toEqual(["perAttempt: must not exceed the number of questions"]);
  });
});

describe("test names", () => {
  it("counts a docstring's words however they are spaced, two being enough", () => {
    expect(vagueTestName("test_1", "  empty   list ")).toBeUndefined();
    expect(vagueTestName("test_1", " empty ")).toBe('its docstring "empty" does not say what it checks');
    expect(vagueTestName("test_empty_list")).toBeUndefined();
    expect(vagueTestName("test_empty_3")).toBe("one word does not say what it checks");
    expect(vagueTestName("test_3_4")).toBe("a bare number says nothing");
    expect(vagueTestName("test_case_12")).toBe("a generic word says nothing");
    expect(vagueTestName("test_x12y_z")).toBeUndefined();
  });

  it("reads docstrings after blank lines, on their own line, in any quotes; and only indented test methods", () => {
    const source = [
      "def test_1():",
      "    pass",
      "class T(unittest.TestCase):",
      "    def test_2(self):",
      "",
      "        '''adds two numbers'''",
      "    def  test_3 (self):",
      '        r"""',
      "        negative numbers too",
      '        """',
      "    def test_4(self):",
      '        "one"',
      "    def test_5(self):",
    ].join("\n");
    expect(vagueTestNames(source)).toEqual([
      'test_4 (line 11): its docstring "one" does not say what it checks',
      "test_5 (line 13): a bare number says nothing",
    ]);
  });
});
