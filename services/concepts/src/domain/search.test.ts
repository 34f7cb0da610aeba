import { describe, expect, it } from "vitest";
import { createConceptIndex, tokenize } from "./search.ts";
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

  // no keyword appears verbatim here: only the tokens of the question can find the concept
  it("matches on the words of the summary, weighted by how rare they are", () => {
    const [best, ...rest] = index.search("Can I reuse a block?");
    expect(best?.concept.id).toBe("defining-functions");
    // "reuse" and "block" each appear once, in one of the three concepts: 2 × 1 × ln(1 + 3/1)
    expect(best?.score).toBeCloseTo(2 * Math.log(4), 6);
    expect(rest).toEqual([]);
  });

  it("weights the title and keywords three times the summary, and stems plurals", () => {
    // "dictionaries" stems to "dictionary": title 3 + keyword 3 + id 2; "keys" → "key": keyword 3 + summary 1;
    // the keywords "dict" and "key" are also in the text verbatim (+4 each)
    const [best] = index.search("dictionaries keys");
    expect(best?.concept.id).toBe("dictionaries");
    expect(best?.score).toBeCloseTo((3 + 3 + 2) * Math.log(4) + (3 + 1) * Math.log(4) + 4 + 4, 6);
  });

  it("returns at most `limit` matches, best first, ties in curriculum order", () => {
    const many = createConceptIndex([
      { ...concepts[0]!, id: "b", order: 2, keywords: ["loop"] },
      { ...concepts[0]!, id: "a", order: 1, keywords: ["loop"] },
      { ...concepts[0]!, id: "c", order: 3, keywords: ["loop", "while"] },
    ]);
    expect(many.search("while loop").map((m) => m.concept.id)).toEqual(["c", "a", "b"]);
    expect(many.search("while loop", 2).map((m) => m.concept.id)).toEqual(["c", "a"]);
  });

  it("ranks a question the authors answered by name above keyword overlap", () => {
    const identity = concept("identity", "Identity", ["same"], "Two names, one object.");
    identity.questions = [{ ask: ["== vs is"], answer: "a", example: "", expectedOutput: "" }];
    const withQuestion = createConceptIndex([...concepts, identity]);
    // dictionaries: "key" (4 × ln 2) + the keyword verbatim (4); identity: the named question (12)
    const found = withQuestion.search("key == vs is?");
    expect(found.map((m) => m.concept.id)).toEqual(["identity", "dictionaries"]);
    expect(found[0]?.score).toBe(12);
  });
});

describe("tokenize", () => {
  it("lower-cases, drops punctuation, one-letter words and stop words, and stems", () => {
    expect(tokenize("How do I define Functions, loops & dictionaries in Python?")).toEqual([
      "define",
      "function",
      "loop",
      "dictionary",
    ]);
    expect(tokenize("iterating over x_1 printed")).toEqual(["iterat", "over", "x_1", "print"]);
  });

  it("keeps a word the stemmer would empty", () => {
    expect(tokenize("es ing")).toEqual(["es", "ing"]);
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
