import { describe, expect, it } from "vitest";
import { createConceptIndex } from "./search.ts";
import { depthForMastery, type Concept } from "./concept.ts";

const concept = (id: string, title: string, keywords: string[], summary: string): Concept => ({
  id,
  module: "m",
  order: 1,
  title,
  keywords,
  summary,
  explanations: { simple: "s", standard: "t", deep: "d" },
  example: "print(1)",
  expectedOutput: "1",
});
const concepts = [
  concept("for-loops", "For loops", ["for", "loop", "iterate", "range"], "Repeat code for each item in a sequence."),
  concept("dictionaries", "Dictionaries", ["dict", "dictionary", "key", "value"], "Store values under keys."),
  concept(
    "defining-functions",
    "Defining functions",
    ["def", "function", "parameter", "return"],
    "Name a block of code and reuse it.",
  ),
];

describe("concept search", () => {
  const index = createConceptIndex(concepts);
  it.each([
    ["how do I loop over a list?", "for-loops"],
    ["what is a dict key", "dictionaries"],
    ["How do functions return values?", "defining-functions"],
    ["iterating with range()", "for-loops"],
  ])("%s → %s", (q, id) => {
    expect(index.search(q)[0]?.concept.id).toBe(id);
  });

  it("finds nothing for an unrelated question", () => {
    expect(index.search("what's the weather like")).toEqual([]);
  });
});

describe("depth by mastery", () => {
  it.each([
    [0, "simple"],
    [40, "simple"],
    [41, "standard"],
    [70, "standard"],
    [71, "deep"],
    [100, "deep"],
  ] as const)("%i → %s", (m, d) => expect(depthForMastery(m)).toBe(d));
});
