import { describe, expect, it } from "vitest";
import { vagueTestName, vagueTestNames } from "./test-names.ts";

describe("test names students can read", () => {
  it("refuses bare numbers, generic words and single words", () => {
    for (const name of [
      "test_1",
      "test12",
      "test_2b",
      "test",
      "test_case_3",
      "testExample",
      "test_it_works",
      "test_one",
    ])
      expect(vagueTestName(name), name).toBeDefined();
    expect(vagueTestName("test_story")).toMatch(/one word/);
  });

  it("accepts names and docstrings that say what they check", () => {
    for (const name of ["test_empty_list_gives_zero", "testEmptyListGivesZero", "test_leap_day_2024_exists"])
      expect(vagueTestName(name), name).toBeUndefined();
    expect(vagueTestName("test_1", "an empty list adds up to 0")).toBeUndefined();
    expect(vagueTestName("test_story", "ok")).toMatch(/docstring/);
  });

  it("reads the methods and their docstrings from a test file", () => {
    const source = [
      "class T(unittest.TestCase):",
      "    def test_1(self):",
      "        self.assertTrue(True)",
      "",
      "    def test_2(self):",
      '        """an empty list adds up to 0"""',
      "",
      "    def test_3(self):",
      '        """',
      "        Negative numbers are added too",
      '        """',
      "",
      "    def helper(self):",
      "        pass",
    ].join("\n");
    expect(vagueTestNames(source)).toEqual(["test_1 (line 2): a bare number says nothing"]);
  });
});

describe("test names, word for word", () => {
  it("says why, for each kind of vague name", () => {
    const why = (name: string) => vagueTestName(name);
    expect(["test", "test_", "test_12_3", "test_2b", "testA"].map(why)).toEqual([
      "a bare number says nothing",
      "a bare number says nothing",
      "a bare number says nothing",
      "a bare number says nothing",
      "a generic word says nothing",
    ]);
    expect(["test_example_1", "testBasicCase", "test_edge_2"].map(why)).toEqual([
      "a generic word says nothing",
      "a generic word says nothing",
      "a generic word says nothing",
    ]);
    expect(["test_story_1", "test_leap_2024", "testStory"].map(why)).toEqual([
      "one word does not say what it checks",
      "one word does not say what it checks",
      "one word does not say what it checks",
    ]);
    // a number is a whole word of digits (and one letter after it, for a bare name)
    expect(["test_x1", "test_12abc"].map(why)).toEqual([
      "one word does not say what it checks",
      "one word does not say what it checks",
    ]);
    for (const name of ["test_example_x2", "test_example_2x"]) expect(why(name), name).toBeUndefined();
    for (const name of ["test_empty_case", "test_testing_values", "testLeap2024Exists", "test_2_plus_2_is_4"])
      expect(why(name), name).toBeUndefined();
  });

  it("judges a docstring by its words, however it is spaced, and quotes it trimmed", () => {
    expect(vagueTestName("test_1", "  adds\tup ")).toBeUndefined();
    expect(vagueTestName("test_empty_list_sums", "  ok  ")).toBe('its docstring "ok" does not say what it checks');
    expect(vagueTestName("test_empty_list_sums", "")).toBe('its docstring "" does not say what it checks');
  });

  it("finds docstrings past blank lines, in any quotes and prefixes, and reports the def's line", () => {
    const source = [
      "class T(unittest.TestCase):",
      "    def test_1 (self):",
      "",
      "",
      "        r'''adds up the prices'''",
      "    def test_2(self):",
      "        'ok'",
      "    def test_3(self):",
      '        u"""two words"""',
      "    def test_4(self):",
      "        '''",
      "",
      "def test_5():",
      "    pass",
      "    def test_6(self):",
      "        total = 1",
      "    def test_8 (self):",
      "        pass",
      "    def test_7(self):",
      '        """',
    ].join("\n");
    expect(vagueTestNames(source)).toEqual([
      'test_2 (line 6): its docstring "ok" does not say what it checks',
      'test_4 (line 10): its docstring "" does not say what it checks',
      "test_6 (line 15): a bare number says nothing",
      "test_8 (line 17): a bare number says nothing",
      'test_7 (line 19): its docstring "" does not say what it checks',
    ]);
  });
});
