import { describe, expect, it } from "vitest";
import type { Concept } from "./concept.ts";
import { answerQuestion, explainConcept, focusedAnswer, followUp } from "./answer.ts";

// The offline concepts tutor's words, on a made-up concept so each part of an answer can be pinned.

const loops: Concept = {
  id: "for-loops",
  module: "control-flow",
  order: 1,
  title: "For Loops",
  summary: "Repeat code for each item.",
  keywords: ["for"],
  explanations: {
    simple: "  A loop repeats. It takes each item in turn.\n  `for` names the item! Then the body runs? Yes.  ",
    standard: " The standard words. ",
    deep: " The deep words. ",
  },
  example: "  for x in [1, 2]:\n    print(x)  ",
  expectedOutput: " 1\n2 ",
  moreExamples: [
    { code: "for c in 'ab':\n    print(c)", output: "a\nb" },
    { code: "for i in range(2):\n    print(i)", output: "0\n1" },
  ],
  questions: [
    {
      ask: ["for vs while"],
      answer: "  Use for when you know the items.  ",
      example: "for i in range(3): pass",
      expectedOutput: "",
    },
  ],
};
const dicts: Concept = { ...loops, id: "dicts", title: "Dictionaries", questions: undefined, moreExamples: undefined };
const example = "```python\nfor x in [1, 2]:\n    print(x)\n```\n\nIt prints:\n\n```\n1\n2\n```";
const check = "Quick check: can you explain for loops in your own words, in one sentence?";

describe("concept answers", () => {
  it("explains a concept: title and summary, the explanation at the depth, a runnable example", () => {
    expect(explainConcept(loops, "standard")).toBe(
      [
        "**For Loops** — Repeat code for each item.",
        "The standard words.",
        "Here is a small example you can run:",
        example,
      ].join("\n\n"),
    );
  });

  it("answers the best match at the student's depth, with a nudge and the related topics", () => {
    const a = answerQuestion(
      "how do loops work",
      [
        { concept: loops, score: 3 },
        { concept: dicts, score: 1 },
      ],
      () => "deep",
    );
    expect(a).toEqual({
      text: [
        explainConcept(loops, "deep"),
        "Try changing one thing in the example and predict what will print before you run it.",
        "Related topics: Dictionaries.",
      ].join("\n\n"),
      conceptIds: ["for-loops", "dicts"],
      depth: "deep",
    });
    expect(answerQuestion("q", [{ concept: dicts, score: 1 }], () => "simple").text).not.toContain("Related topics");
  });

  it("answers a question the authors answered by name, directly", () => {
    const tryIt = "```python\nfor i in range(3): pass\n```\n\nIt prints:\n\n```\n\n```";
    const expected = ["Use for when you know the items.", "Try it:", tryIt, check].join("\n\n");
    expect(focusedAnswer(loops, "FOR VS WHILE?")).toBe(expected);
    expect(answerQuestion("for vs while?", [{ concept: loops, score: 9 }], () => "simple").text).toBe(expected);
    expect(focusedAnswer(loops, "what is a loop")).toBeUndefined();
    expect(focusedAnswer(dicts, "for vs while")).toBeUndefined();
  });

  it("says so when nothing matched, with examples of what to ask", () => {
    const a = answerQuestion("weather?", [], () => "simple");
    expect(a.conceptIds).toEqual([]);
    expect(a.text).toMatch(/^I could not match that to a topic in our course yet\. .*"for loops"/);
    expect(a.depth).toBeUndefined();
  });
});

describe("follow-ups", () => {
  it("shows the next extra example in turn, keeping the depth already used", () => {
    const first = followUp(loops, "example", "deep", { depth: "simple", examplesShown: 0 });
    expect(first).toEqual({
      depth: "simple",
      text: [
        "Here is another example of for loops:",
        "```python\nfor c in 'ab':\n    print(c)\n```",
        "It prints:",
        "```\na\nb\n```",
        "Before you run it, guess what each line prints. Which line surprised you?",
      ].join("\n\n"),
    });
    expect(followUp(loops, "example", "deep", { depth: "simple", examplesShown: 3 }).text).toContain("range(2)");
    expect(followUp(loops, "example", "deep", { examplesShown: 2 }).depth).toBe("deep");
  });

  it("shows the example again to change when there are no extra ones", () => {
    expect(followUp(dicts, "example", "standard", { examplesShown: 0 })).toEqual({
      depth: "standard",
      text: [
        "Here is the example again, to change yourself:",
        example,
        "Change one value in it, guess the new output, then run it in the editor. " +
          "That turns it into your own second example.",
      ].join("\n\n"),
    });
  });

  it("goes simpler, explains why at the same or a deeper depth", () => {
    expect(followUp(loops, "simpler", "simple", { depth: "standard", examplesShown: 0 })).toEqual({
      depth: "simple",
      text: ["Let me put for loops more simply.", loops.explanations.simple.trim(), example, check].join("\n\n"),
    });
    expect(followUp(loops, "why", "standard", { depth: "standard", examplesShown: 0 }).text.split("\n\n")[0]).toBe(
      "Here is why for loops works the way it does.",
    );
    expect(
      followUp(loops, "why", "deep", { depth: "standard", examplesShown: 0 }).text.split("\n\n").slice(0, 2),
    ).toEqual(["Good question — here is the reason behind for loops.", "The deep words."]);
  });

  it("breaks the simplest explanation into numbered steps when asked for simpler again", () => {
    const { depth, text } = followUp(loops, "simpler", "simple", { depth: "simple", examplesShown: 0 });
    expect(depth).toBe("simple");
    expect(text.split("\n\n")).toEqual([
      "Let's take for loops one small step at a time. In one sentence: Repeat code for each item.",
      "1. A loop repeats.\n2. It takes each item in turn.\n3. `for` names the item!\n4. Then the body runs?\n5. Yes.",
      "Now look at just the first line of the example and say what it does:",
      ...example.split("\n\n"),
      "Which step is the one that doesn't make sense yet? Tell me its number.",
    ]);
  });
});
