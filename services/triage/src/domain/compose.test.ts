import { describe, expect, it } from "vitest";
import {
  type CheckSummary,
  checkFailing,
  checkPassed,
  checkUnavailable,
  clarify,
  feeling,
  greeting,
  recall,
  smallStepFor,
  thanks,
} from "./compose.ts";
import { refusalPreamble } from "./refusal.ts";
import { type ConversationState, initialState } from "./state.ts";

// The sentences triage writes itself, read as the student reads them: what each one names (the topic,
// the line, the failing check, the hint rung) and what it never says (praise for failing code).

const loops = { agent: "concepts" as const, key: "concept:for-loops", label: "for loops" };
const at = (over: Partial<ConversationState>): ConversationState => ({ ...initialState(), ...over });

describe("triage's own answers", () => {
  it("greets a new student with the three kinds of help, and a returning one with the last topic", () => {
    expect(greeting(initialState())).toBe(
      "Hi! What are you working on? Ask me about an idea, an error, or your code, and I'll help you " +
        "take the next step.",
    );
    expect(greeting(at({ topic: loops }))).toBe(
      "Hi again! Last time we looked at for loops. Shall we carry on, or is it something new?",
    );
  });

  it("answers thanks with the next step that fits: rerun a failing check, another example, or stay in touch", () => {
    const failing = { exerciseId: "word-count", passed: false, verdict: "failed" };
    expect(thanks(at({ exerciseId: "word-count", lastCheck: failing, topic: loops }))).toBe(
      "You're welcome! When you've made your change, run the checks again and tell me what happens.",
    );
    // a check that passed, or one on another exercise, is not what the student is working on now
    for (const lastCheck of [{ ...failing, passed: true }, failing])
      expect(thanks(at({ exerciseId: "fizzbuzz", lastCheck, topic: loops }))).toBe(
        "You're welcome! If you like, I can show another example about for loops, or you can try it " +
          "yourself in the editor.",
      );
    expect(thanks(initialState())).toBe("You're welcome! Ask me whenever you get stuck.");
  });

  it("recalls the topic, its depth, examples, earlier topics and the hint rung, or that nothing happened", () => {
    expect(recall(initialState())).toBe(
      "This is the start of our conversation, so we have not talked about anything yet. What would " +
        "you like to look at?",
    );
    expect(recall(at({ topic: loops }))).toBe(
      "We were talking about for loops. Would you like a simpler explanation, another example, or to move on?",
    );
    const history = ["lists", "strings", "dictionaries", "functions"].map((label) => ({ key: label, label }));
    const full = at({
      topic: loops,
      history,
      explained: { [loops.key]: { depth: "simple", examples: 2, hintLevel: 0 } },
      exerciseId: "word-count",
      hints: { "word-count": { level: 2, attempted: false } },
    });
    expect(recall(full)).toBe(
      "We were talking about for loops. I explained it at the simple level and showed 3 examples. " +
        "Before that: lists, strings, dictionaries. On the exercise you have had hint 2 so far. " +
        "Would you like a simpler explanation, another example, or to move on?",
    );
    const noExamples = at({ topic: loops, explained: { [loops.key]: { depth: "deep", examples: 0, hintLevel: 0 } } });
    expect(recall(noExamples)).toContain("for loops. I explained it at the deep level. Would you");
    // an open exercise without a hint yet says nothing about hints
    expect(recall(at({ topic: loops, exerciseId: "word-count" }))).not.toContain("hint");
  });

  it("meets a feeling with comfort first, a shorter one the second time, then one small step", () => {
    const first = feeling(initialState(), "Step.");
    expect(first).toBe(
      "I'm sorry it feels that way. Being stuck is a normal part of learning to code — it happens to everyone, " +
        "and it doesn't mean you're bad at this.\n\nLet's make it smaller. Step.",
    );
    expect(feeling(at({ feelings: 1 }), "Step.")).toBe(
      "I hear you — this one is really testing your patience, and that's okay.\n\nLet's make it smaller. Step.",
    );
  });

  it("picks the small step from where the student is: error line, failing check, exercise, topic", () => {
    const crashed = { status: "error", errorType: "NameError", line: 4 };
    expect(smallStepFor(at({ lastRun: crashed }), true)).toBe(
      "Look only at line 4 for now. Read it out loud, word by word — what do you expect it to do?",
    );
    expect(smallStepFor(at({ lastRun: { ...crashed, line: null } }), true)).toContain(
      "Look only at the line the error points at for now.",
    );
    const check = { exerciseId: "word-count", passed: false, verdict: "failed", failing: 'count_words("a a") is 2' };
    const ok = { status: "ok" };
    expect(smallStepFor(at({ lastRun: ok, lastCheck: check, exerciseId: "word-count" }), true)).toBe(
      'Just one check is enough for now — count_words("a a") is 2. Can you work out by hand what ' +
        "your code gives for that input?",
    );
    const exercise = at({ lastRun: ok, lastCheck: { ...check, passed: true }, exerciseId: "word-count" });
    expect(smallStepFor(exercise, true)).toBe(
      "Can you run your code once and tell me what it printed? Then we'll fix one thing at a time.",
    );
    expect(smallStepFor(at({ exerciseId: "word-count", lastCheck: { ...check, failing: undefined } }), false)).toBe(
      "Write just the first line of the function, run it, and tell me what happens. One line is a real step.",
    );
    expect(smallStepFor(at({ topic: loops }), false)).toBe(
      "Let's go back to for loops, one tiny piece at a time. Which part felt the most confusing?",
    );
    expect(smallStepFor(initialState(), false)).toBe(
      "Tell me one thing you are trying to do, in your own words, and we'll work on just that.",
    );
  });

  it("asks a clarifying question that offers an explanation or a look at the code", () => {
    expect(clarify()).toBe(
      "Happy to help! So I can give you the right kind of help: do you want me to **explain an idea**, or " +
        "**look at an error or your code**? (If it's your code, run it once first so I can see what happens.)",
    );
  });

  it("words a failing check as: how many pass, the first failing one, the hint, then a question", () => {
    const check: CheckSummary = {
      title: "Word count",
      passed: false,
      verdict: "failed",
      passedCount: 2,
      total: 5,
      firstFailing: { name: "counts repeats", explanation: "expected 2, got 1" },
      error: null,
      summary: "2 of 5 checks pass",
    };
    const ask = "What does your code give for that input, step by step?";
    const head = "I ran the checks for **Word count**: 2 of 5 pass, so it isn't finished yet.";
    expect(checkFailing(check)).toBe(
      `${head}\n\nThe first one that fails is "counts repeats": expected 2, got 1\n\n${ask}`,
    );
    expect(checkFailing({ ...check, firstFailing: null }, { level: 2, of: 3, text: "Use a dict.", held: false })).toBe(
      `${head}\n\n2 of 5 checks pass\n\nHint 2 of 3:\n\n> Use a dict.\n\n${ask}`,
    );
    // a held hint (no new attempt since the last one) repeats it with a nudge to try a change first
    expect(checkFailing(check, { level: 2, of: 3, text: "Use a dict.", held: true })).toContain(
      "\n\nTry one change for that check and run it again. Here is the hint that points the way:\n\n> Use a dict.\n\n",
    );
    expect(checkPassed({ ...check, passed: true, passedCount: 5 })).toBe(
      "I ran the checks for **Word count**: all 5 pass. You can submit it from the exercise page to record it. " +
        "If you like, ask me to review your code's style next.",
    );
    expect(checkUnavailable()).toBe(
      "I couldn't run the exercise's checks just now. Run your code yourself and tell me what it printed, " +
        "and we'll compare it with what the exercise asks for.",
    );
  });

  it("refuses a full solution without handing it over, and offers the next step", () => {
    expect(refusalPreamble()).toBe(
      "I can't hand you the full solution — you learn far more by getting there yourself, and I'll help you " +
        "every step of the way. Here is your next step.\n\n",
    );
  });
});
