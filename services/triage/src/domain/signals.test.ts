import { describe, expect, it } from "vitest";
import { classifier, detectIntent } from "./index.ts";
import { tokens, trainNaiveBayes } from "./model.ts";
import { contextScores } from "./rules.ts";

// The classifier's parts below the routing eval: the context a failed run adds, the confidence it
// reports, what it says when nothing matched, the words the model reads, and the few intent rules
// that depend on the message's length.

const failed = { status: "error", error: { type: "TypeError", message: "bad", line: 2 } };

describe("triage signals", () => {
  it("ties a short message, or one about 'this code', to a failed last run", () => {
    expect(contextScores({ message: "why  is    that?", lastRun: failed })).toEqual({
      scores: { debug: 4 },
      reasons: ["the last run ended with TypeError"],
    });
    expect(contextScores({ message: "one two three four five six", lastRun: failed }).scores).toEqual({ debug: 4 });
    const long = "can you please explain to me what happened in my code";
    expect(contextScores({ message: long, lastRun: failed }).scores).toEqual({ debug: 2 });
    expect(contextScores({ message: "one two three four five six seven", lastRun: failed })).toEqual({
      scores: {},
      reasons: [],
    });
    expect(contextScores({ message: "why?", lastRun: { status: "ok" } })).toEqual({ scores: {}, reasons: [] });
    expect(contextScores({ message: "why?" })).toEqual({ scores: {}, reasons: [] });
    expect(contextScores({ message: "why?", lastRun: { status: "timeout" } }).reasons).toEqual([
      "the last run ended with timeout",
    ]);
  });

  it("routes a short follow-up after a crash to debug, and says why", () => {
    const r = classifier.classify({ message: "what now", lastRun: failed });
    expect(r.agent).toBe("debug");
    expect(r.reasons).toContain("the last run ended with TypeError");
  });

  it("reports a confidence between 0 and 1, to two decimals, even for a very long message", () => {
    for (const message of ["why does my code crash with a TypeError", "what is a loop", "loop ".repeat(400), "qqq"]) {
      const { confidence } = classifier.classify({ message });
      expect(confidence, message.slice(0, 20)).toBeGreaterThan(0);
      expect(confidence).toBeLessThanOrEqual(1);
      expect(Math.abs(confidence * 100 - Math.round(confidence * 100))).toBeLessThan(1e-9);
    }
    expect(classifier.classify({ message: "why does my code crash with a TypeError" }).confidence).toBeGreaterThan(0.8);
  });

  it("falls back to the concepts tutor, and says it matched similar questions, when no rule fires", () => {
    expect(classifier.classify({ message: "qqq zzz" })).toMatchObject({
      agent: "concepts",
      reasons: ["closest match to similar questions"],
    });
  });

  it("reads lower-case words without punctuation or apostrophes, and each pair of neighbours", () => {
    expect(tokens("  Don't STOP, it's fine!")).toEqual([
      "dont",
      "stop",
      "its",
      "fine",
      "dont_stop",
      "stop_its",
      "its_fine",
    ]);
    expect(tokens("my_var\tx2")).toEqual(["my_var", "x2", "my_var_x2"]);
    expect(tokens("")).toEqual([]);
  });

  it("ignores words it never saw in training, and favours the tutor whose examples use a word", () => {
    const model = trainNaiveBayes([
      { message: "my loop crashes", agent: "debug" },
      { message: "what is a loop", agent: "concepts" },
      { message: "what is a list", agent: "concepts" },
    ]);
    expect(model.logProbs("crashes qqq zzz")).toEqual(model.logProbs("crashes"));
    const lp = model.logProbs("crashes");
    expect(lp.debug).toBeGreaterThan(lp.concepts);
    expect(model.logProbs("what is").concepts).toBeGreaterThan(model.logProbs("what is").debug);
  });

  it("reads a short review request as a review and a long one as a question; ignores surrounding spaces", () => {
    expect(detectIntent("  hi  ")).toBe("greeting");
    expect(detectIntent("could you review my code for me please")).toBe("review");
    expect(detectIntent("could you  review my code for me please")).toBe("review");
    expect(detectIntent("could you review my code for me please now")).toBe("question");
  });
});
