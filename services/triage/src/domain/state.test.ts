import { describe, expect, it } from "vitest";
import { deeperThan, initialState, observe, readState, remember, simplerThan } from "./state.ts";

// What the tutor remembers between turns: what a stored state that is broken or old turns into, what a
// turn's run and code change, and what an answer adds (topic history, depth, examples, hint rungs).

const loops = { agent: "concepts" as const, key: "concept:for-loops", label: "for loops" };
const lists = { agent: "concepts" as const, key: "concept:lists", label: "lists" };

describe("conversation state", () => {
  it("starts a conversation empty", () => {
    expect(initialState()).toEqual({ version: 1, turns: 0, history: [], explained: {}, hints: {}, feelings: 0 });
  });

  it("starts over on a stored state it cannot read, and repairs the parts that are the wrong shape", () => {
    for (const raw of [null, undefined, 0, "state", { version: 2, turns: 5 }, { turns: 5 }])
      expect(readState(raw), String(raw)).toEqual(initialState());
    const history = Array.from({ length: 12 }, (_, i) => ({ key: `k${i}`, label: `topic ${i}` }));
    const read = readState({ version: 1, turns: 3, topic: loops, history, explained: "x", hints: 7 });
    expect(read).toMatchObject({ turns: 3, topic: loops, explained: {}, hints: {}, feelings: 0 });
    expect(read.history).toEqual(history.slice(0, 10));
    expect(readState({ version: 1, history: "x" }).history).toEqual([]);
    const kept = {
      version: 1,
      explained: { a: { depth: "deep", examples: 1, hintLevel: 0 } },
      hints: { e: { level: 1 } },
    };
    expect(readState(kept)).toMatchObject({ explained: kept.explained, hints: kept.hints });
  });

  it("observes the turn: counts it, keeps the open exercise and a short copy of the last run's error", () => {
    const long = "x".repeat(400);
    const error = { type: "NameError", message: long, line: 3 };
    const s = observe(initialState(), { message: "?", exerciseId: "word-count", lastRun: { status: "error", error } });
    expect(s.turns).toBe(1);
    expect(s.exerciseId).toBe("word-count");
    expect(s.lastRun).toEqual({ status: "error", errorType: "NameError", message: "x".repeat(300), line: 3 });
    const quiet = observe(s, { message: "?", lastRun: { status: "ok" } });
    expect(quiet).toMatchObject({ turns: 2, exerciseId: "word-count", lastRun: { status: "ok", line: null } });
    expect(quiet.lastRun?.errorType).toBeUndefined();
    // a turn with no run keeps the last one
    expect(observe(s, { message: "?" }).lastRun).toEqual(s.lastRun);
  });

  it("counts changed code after a hint as an attempt, and the same code again as none", () => {
    let s = remember(observe(initialState(), { message: "?", exerciseId: "word-count" }, "h1"), {
      agent: "exercise",
      intent: "next-hint",
      hint: { exerciseId: "word-count", level: 1 },
    });
    expect(s.hints["word-count"]).toEqual({ level: 1, attempted: false });
    expect(s.codeHash).toBe("h1");
    expect(observe(s, { message: "?" }, "h1").hints["word-count"].attempted).toBe(false);
    expect(observe(s, { message: "?" }).hints["word-count"].attempted).toBe(false);
    const changed = observe(s, { message: "?" }, "h2");
    expect(changed.hints["word-count"]).toEqual({ level: 1, attempted: true });
    expect(changed.codeHash).toBe("h2");
    expect(s.hints["word-count"].attempted).toBe(false); // the earlier state is not changed
    // new code on an exercise with no hint yet is no attempt at anything
    s = observe(initialState(), { message: "?", exerciseId: "fizzbuzz" }, "h1");
    expect(observe(s, { message: "?" }, "h2").hints).toEqual({});
  });

  it("remembers the answer's topic, moving the previous one into the history, newest first, at most 10", () => {
    let s = remember(initialState(), { agent: "concepts", intent: "question", topic: loops });
    expect(s).toMatchObject({ topic: loops, lastAgent: "concepts", lastIntent: "question", history: [] });
    expect(s.explained[loops.key]).toEqual({ depth: "standard", examples: 0, hintLevel: 0 });
    s = remember(s, { agent: "concepts", intent: "example", topic: loops, example: true });
    expect(s.history).toEqual([]);
    expect(s.explained[loops.key].examples).toBe(1);
    s = remember(s, { agent: "concepts", intent: "question", topic: lists, depth: "deep" });
    expect(s.history).toEqual([{ key: loops.key, label: "for loops" }]);
    expect(s.explained[lists.key].depth).toBe("deep");
    s = remember(s, { agent: "concepts", intent: "simpler", topic: lists, depth: "simple" });
    expect(s.explained[lists.key]).toEqual({ depth: "simple", examples: 0, hintLevel: 0 });
    // a turn without a depth keeps the depth the topic was explained at
    s = remember(s, { agent: "concepts", intent: "example", topic: lists, example: true });
    expect(s.explained[lists.key]).toEqual({ depth: "simple", examples: 1, hintLevel: 0 });
    for (let i = 0; i < 12; i++)
      s = remember(s, { agent: "debug", intent: "question", topic: { ...loops, key: `e${i}` } });
    expect(s.history).toHaveLength(10);
    expect(s.history[0].key).toBe("e10");
  });

  it("remembers a hint on a topic (no exercise) in the topic, and one on an exercise per exercise", () => {
    const s = remember(initialState(), { agent: "debug", intent: "next-hint", topic: loops, hint: { level: 2 } });
    expect(s.explained[loops.key].hintLevel).toBe(2);
    expect(s.hints).toEqual({});
    const e = remember(s, {
      agent: "exercise",
      intent: "next-hint",
      topic: loops,
      hint: { exerciseId: "w", level: 3 },
    });
    expect(e.explained[loops.key].hintLevel).toBe(2);
    expect(e.hints).toEqual({ w: { level: 3, attempted: false } });
    expect(s.hints).toEqual({}); // remember returns a new state
  });

  it("counts feelings, keeps the last check, and opens or closes a clarifying question", () => {
    const check = { exerciseId: "w", passed: false, verdict: "failed" };
    const pending = { options: ["concepts" as const, "debug" as const], message: "help" };
    let s = remember(initialState(), { agent: "concepts", intent: "feeling", check, pending });
    expect(s).toMatchObject({ feelings: 1, lastCheck: check, pending });
    s = remember(s, { agent: "concepts", intent: "feeling" });
    expect(s).toMatchObject({ feelings: 2, lastCheck: check });
    expect(s.pending).toBeUndefined();
    expect(remember(s, { agent: "concepts", intent: "question" }).feelings).toBe(2);
    expect(s.topic).toBeUndefined();
  });

  it("steps the depth one level simpler or deeper, and stops at the ends", () => {
    expect([undefined, "simple", "standard", "deep"].map((d) => simplerThan(d as never))).toEqual([
      "simple",
      "simple",
      "simple",
      "standard",
    ]);
    expect([undefined, "simple", "standard", "deep"].map((d) => deeperThan(d as never))).toEqual([
      "deep",
      "standard",
      "deep",
      "deep",
    ]);
  });
});
