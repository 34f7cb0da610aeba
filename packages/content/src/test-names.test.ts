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
