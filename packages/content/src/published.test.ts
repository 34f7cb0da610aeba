import { describe, expect, it } from "vitest";
import { hintsOf, LayoutError, readPublishedExercise } from "./published.ts";

// The published layout read from a map path → text, as the studio receives it.

const config = (files: Record<string, unknown>) => JSON.stringify({ authors: ["someone"], files });

const folder = (): Record<string, string> => ({
  ".meta/config.json": config({
    solution: ["word_count.py"],
    test: ["word_count_test.py"],
    example: [".meta/example.py"],
  }),
  "word_count.py": "def count_words(sentence):\n    pass\n",
  "word_count_test.py": "import unittest\nfrom word_count import count_words\nfrom fixtures import SAMPLE\n",
  ".meta/example.py": "def count_words(sentence):\n    return {}\n",
  ".meta/tests.toml": "[abc]\ndescription = 'ignored'\n",
  ".docs/introduction.md": "# Introduction\n\nWords are everywhere.\n",
  ".docs/instructions.md": "# Instructions\n\nCount the words.\n",
  ".docs/instructions.append.md": "# Instructions append\n\nUse a dictionary.\n",
  ".docs/hints.md":
    "# Hints\n\n## General\n\n- Split the text\n  into words.\n- Count with a dict.\n\n## More\n\n* Lower-case " +
    "first.\n- A fourth one.\n",
  "fixtures.py": "SAMPLE = 'the cat'\n",
  "data/words.txt": "the cat\n",
  "README.md": "# Word count (downloaded copy)\n",
  ".exercism/metadata.json": "{}",
  "__pycache__/word_count.cpython-311.pyc": "x",
});

function layoutError(files: Record<string, string>): LayoutError {
  try {
    readPublishedExercise(files);
  } catch (err) {
    if (err instanceof LayoutError) return err;
    throw err;
  }
  throw new Error("the folder was accepted");
}

describe("readPublishedExercise", () => {
  it("reads every part of an Exercism folder", () => {
    const ex = readPublishedExercise(folder());
    expect(ex).toMatchObject({
      slug: "word-count",
      title: "Word count",
      moduleName: "word_count",
      testModule: "word_count_test",
      starter: "def count_words(sentence):\n    pass\n",
      solution: "def count_words(sentence):\n    return {}\n",
      helpers: { fixtures: "SAMPLE = 'the cat'\n" },
      files: [{ path: "data/words.txt", content: "the cat\n" }],
      hints: ["Split the text into words.", "Count with a dict.", "Lower-case first."],
    });
    expect(ex.tests).toContain("from word_count import count_words");
    expect(ex.prompt).toBe(
      "## Introduction\n\nWords are everywhere.\n\n## Instructions\n\nCount the words.\n\nUse a dictionary.",
    );
  });

  it("takes the title from the config, and editor files as data the tests may also import", () => {
    const files = folder();
    files[".meta/config.json"] = config({
      solution: ["word_count.py"],
      test: ["word_count_test.py"],
      example: [".meta/example.py"],
      editor: ["shared.py", "story.txt"],
    }).replace("{", '{"title": "Count the Words",');
    files["shared.py"] = "X = 1\n";
    files["story.txt"] = "Once\n";
    const ex = readPublishedExercise(files);
    expect(ex.title).toBe("Count the Words");
    expect(ex.helpers).toEqual({ fixtures: "SAMPLE = 'the cat'\n", shared: "X = 1\n" });
    expect(ex.files.map((f) => f.path)).toEqual(["data/words.txt", "shared.py", "story.txt"]);
  });

  it("finds the files by convention when there is no config", () => {
    const files = folder();
    delete files[".meta/config.json"];
    expect(readPublishedExercise(files)).toMatchObject({ moduleName: "word_count", testModule: "word_count_test" });
    const renamed: Record<string, string> = { ...files, "test_word_count.py": files["word_count_test.py"] };
    delete renamed["word_count_test.py"];
    expect(readPublishedExercise(renamed).testModule).toBe("test_word_count");
  });

  it("names the file at fault when it cannot read the folder", () => {
    const cases: [Record<string, string>, string | undefined, RegExp][] = [
      [{ ...folder(), ".meta/config.json": "{ not json" }, ".meta/config.json", /not valid JSON/],
      [
        {
          ...folder(),
          ".meta/config.json": config({
            solution: ["wc.py"],
            test: ["word_count_test.py"],
            example: [".meta/example.py"],
          }),
        },
        ".meta/config.json",
        /names wc.py, which is not in the folder/,
      ],
      [
        { ...folder(), ".meta/config.json": config({ solution: ["word_count.py"] }) },
        ".meta/config.json",
        /files.test/,
      ],
      [
        {
          ...folder(),
          ".meta/config.json": config({
            solution: ["word_count.py"],
            test: ["word_count_test.py", "fixtures.py"],
            example: [".meta/example.py"],
          }),
        },
        ".meta/config.json",
        /names 2 files/,
      ],
      [{ ...folder(), ".docs/instructions.md": "" }, ".docs/instructions.md", /students need instructions/],
      [{ ...folder(), "../etc/passwd": "x" }, "../etc/passwd", /relative path/],
      [{ ...folder(), "/abs.txt": "x" }, "/abs.txt", /relative path/],
      [{ ...folder(), "my-helper.py": "x" }, "my-helper.py", /helper module/],
      [{ ...folder(), "data/naïve?.txt": "x" }, "data/naïve?.txt", /letters, digits/],
      [{ ...folder(), "word_count_test.py": "  \n" }, "word_count_test.py", /is empty/],
      [{}, undefined, /is empty/],
    ];
    for (const [files, file, message] of cases) {
      const err = layoutError(files);
      expect({ file: err.file, message: err.message }).toEqual({ file, message: expect.stringMatching(message) });
    }
  });

  it("says what is missing when a folder without a config cannot be read", () => {
    const files = folder();
    delete files[".meta/config.json"];
    expect(layoutError({ ...files, "other_test.py": "x" }).message).toMatch(
      /which of other_test.py, word_count_test.py/,
    );
    const noStub = { ...files };
    delete noStub["word_count.py"];
    expect(layoutError(noStub).message).toMatch(/no word_count.py/);
    const noExample = { ...files };
    delete noExample[".meta/example.py"];
    expect(layoutError(noExample).message).toMatch(/no .meta\/example.py/);
  });

  it("refuses folders over the size limits", () => {
    const many = Object.fromEntries(Array.from({ length: 61 }, (_, i) => [`f${i}.txt`, "x"]));
    expect(layoutError({ ...folder(), ...many }).message).toMatch(/at most 60/);
    expect(layoutError({ ...folder(), "big.txt": "x".repeat(193 * 1024) }).message).toMatch(/at most 192 KB/);
    expect(layoutError({ ...folder(), "big.txt": "x".repeat(97 * 1024) }).message).toMatch(
      /98 KB of data files; at most 96 KB/,
    );
    expect(layoutError({ ...folder(), ".meta/example.py": "#".repeat(65 * 1024) }).file).toBe(".meta/example.py");
  });
});

describe("hintsOf", () => {
  it("takes list items, joins wrapped lines and keeps three", () => {
    expect(hintsOf("- one\n- two\n  more\n1. three\n2. four")).toEqual(["one", "two more", "three"]);
    expect(hintsOf(undefined)).toEqual([]);
    expect(hintsOf("# Hints\n\nJust prose.")).toEqual([]);
  });
});
