import { describe, expect, it } from "vitest";
import { countSyllables, fleschKincaidGrade, stripForReading, wordCount } from "./readability.ts";
import { applyVariant, fillPlaceholders, listVariants } from "./variants.ts";
import type { Exercise } from "./schema.ts";

// The readability check every explanation and hint passes (grade 9 or below), and the parameterised
// exercises' placeholders: the two helpers content authors meet when `make test` refuses their text.

describe("readability", () => {
  it("reads prose only: code blocks, inline code, Markdown marks and links do not count", () => {
    expect(stripForReading("Use `len(items)` here.")).toBe("Use it here.");
    expect(stripForReading("A\n```python\nx = 1\n```\nB")).toBe("A\n \nB");
    expect(stripForReading("**bold** _it_ # > [a](b)").split(/\s+/).filter(Boolean)).toEqual(["bold", "it", "a", "b"]);
    expect(stripForReading("see https://example.com/x?y=1 now")).toBe("see   now");
    expect(wordCount("Use `len(items)` on the **list** at https://a.b/c (twice) 42")).toBe(7);
  });

  it("counts syllables the way a reader says the word", () => {
    const counts = Object.fromEntries(
      [
        "a",
        "cat",
        "the",
        "loop",
        "python",
        "computer",
        "happy",
        "yes",
        "cake",
        "jumped",
        "idea",
        "rhythm",
        "42",
        "you",
      ].map((w) => [w, countSyllables(w)]),
    );
    expect(counts).toEqual({
      a: 1,
      cat: 1,
      the: 1,
      loop: 1,
      python: 2,
      computer: 3,
      happy: 2,
      yes: 1,
      cake: 1,
      jumped: 1,
      idea: 2,
      rhythm: 1,
      "42": 0,
      you: 1,
    });
    expect(countSyllables("Table")).toBe(2);
    expect(countSyllables("yellow")).toBe(2);
  });

  it("grades short plain sentences low and long many-syllable ones high", () => {
    expect(fleschKincaidGrade("")).toBe(0);
    expect(fleschKincaidGrade("```\ncode only\n```")).toBe(0);
    const easy = fleschKincaidGrade("The cat sat. The dog ran. We had fun.");
    expect(easy).toBeCloseTo(0.39 * 3 + 11.8 * 1 - 15.59, 5);
    const hard = fleschKincaidGrade(
      "Understanding computational representations necessitates considerable familiarity with abstraction.",
    );
    expect(hard).toBeGreaterThan(20);
    // each sentence end (. ! ? : ; or a new line) shortens the sentences
    expect(fleschKincaidGrade("The cat sat\nThe dog ran")).toBeCloseTo(
      fleschKincaidGrade("The cat sat. The dog ran."),
      5,
    );
    expect(fleschKincaidGrade("one two three four five six")).toBeGreaterThan(
      fleschKincaidGrade("one two three. four five six"),
    );
    // a sentence of only digits or marks is not a sentence
    expect(fleschKincaidGrade("The cat sat. 42. !!")).toBeCloseTo(fleschKincaidGrade("The cat sat."), 5);
    expect(fleschKincaidGrade("it's")).toBeCloseTo(0.39 + 11.8 - 15.59, 5);
  });
});

describe("exercise variants", () => {
  it("lists every combination of the options, in name order", () => {
    expect(listVariants(undefined)).toEqual([{}]);
    expect(listVariants({})).toEqual([{}]);
    expect(listVariants({ word: ["cat", "dog"], n: ["1", "2"] })).toEqual([
      { n: "1", word: "cat" },
      { n: "1", word: "dog" },
      { n: "2", word: "cat" },
      { n: "2", word: "dog" },
    ]);
  });

  it("fills {{name}} placeholders, spaces allowed, and leaves unknown ones as written", () => {
    expect(fillPlaceholders("count {{ word }}s: {{n}} and {{other}}", { word: "cat", n: "3" })).toBe(
      "count cats: 3 and {{other}}",
    );
  });

  it("fills every file of an exercise: text, starter, solution, tests, helpers, data files and hints", () => {
    const t = "{{w}}";
    const exercise = {
      id: "x",
      title: t,
      prompt: t,
      starter: t,
      solution: t,
      tests: t,
      helpers: { h: t },
      files: [{ path: "data.txt", content: t }],
      hints: [t, t, t],
    } as unknown as Exercise;
    expect(applyVariant(exercise, { w: "cat" })).toEqual({
      id: "x",
      title: "cat",
      prompt: "cat",
      starter: "cat",
      solution: "cat",
      tests: "cat",
      helpers: { h: "cat" },
      files: [{ path: "data.txt", content: "cat" }],
      hints: ["cat", "cat", "cat"],
    });
  });
});
