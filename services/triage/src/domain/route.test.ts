import { describe, expect, it } from "vitest";
import { classifier } from "./index.ts";
import { decide } from "./route.ts";
import { type ConversationState, initialState } from "./state.ts";
import type { ChatInput } from "./types.ts";

// Which tutor answers, and how, from what the student said and what is open: the branches of decide()
// one by one, each with the context that changes the answer (a failed run, an open exercise, code in
// the editor, a topic we were on, a clarifying question we asked).

const topic = { agent: "code-review" as const, key: "review", label: "your code's style" };
const failed = { status: "error", error: { type: "TypeError", message: "bad", line: 2 } };
const ran = { status: "ok" };
const code = "def f():\n    return 1\n";
const at = (over: Partial<ConversationState> = {}): ConversationState => ({ ...initialState(), ...over });
const route = (input: Partial<ChatInput> & { message: string }, state = at()) => {
  const d = decide(input, state, classifier);
  return `${d.agent} ${d.action}`;
};

describe("routing a turn", () => {
  it("takes an answer to its clarifying question as the pick, only among the tutors it offered", () => {
    const pending = at({ pending: { options: ["concepts", "debug"], message: "help" } });
    const d = decide({ message: "the error please" }, pending, classifier);
    expect(d).toEqual({
      agent: "debug",
      action: "answer",
      intent: "question",
      confidence: 0.9,
      reasons: ["answers the clarifying question"],
    });
    expect(route({ message: "explain the idea" }, pending)).toBe("concepts answer");
    // what a student types back: the kind of help, or its place in the question
    expect(route({ message: "the error one" }, pending)).toBe("debug answer");
    expect(route({ message: "the first one" }, pending)).toBe("concepts answer");
    expect(route({ message: "2" }, pending)).toBe("debug answer");
    expect(route({ message: "second pls" }, pending)).toBe("debug answer");
    expect(route({ message: "the second one" }, pending)).toBe("debug answer");
    expect(route({ message: "one" }, pending)).toBe("concepts answer");
    // "practice" was not offered: the message is routed as any other
    expect(decide({ message: "give me practice" }, pending, classifier).reasons).not.toContain(
      "answers the clarifying question",
    );
    expect(decide({ message: "the error please" }, at(), classifier).reasons).not.toContain(
      "answers the clarifying question",
    );
  });

  it("answers greetings, thanks and 'what did we do?' with the tutor of the conversation", () => {
    expect(decide({ message: "hi" }, at(), classifier)).toEqual({
      agent: "concepts",
      action: "greeting",
      intent: "greeting",
      confidence: 0.9,
      reasons: ["a greeting"],
    });
    expect(route({ message: "hello" }, at({ topic }))).toBe("code-review greeting");
    expect(decide({ message: "thanks!" }, at(), classifier)).toMatchObject({
      agent: "concepts",
      action: "thanks",
      reasons: ["thanks the tutor"],
    });
    expect(route({ message: "thanks!" }, at({ lastAgent: "debug" }))).toBe("debug thanks");
    const recall = { message: "what did we just talk about?" };
    expect(decide(recall, at(), classifier)).toMatchObject({ agent: "concepts", reasons: ["asks what we did"] });
    expect(route(recall, at({ lastAgent: "debug" }))).toBe("debug recall");
    expect(route(recall, at({ lastAgent: "debug", topic }))).toBe("code-review recall");
  });

  it("sends a feeling to where the student is: the failed run, the exercise, the topic", () => {
    const sad = { message: "I'm so frustrated" };
    expect(decide(sad, at(), classifier)).toMatchObject({
      agent: "concepts",
      action: "feeling",
      intent: "feeling",
      reasons: ["says how they feel"],
    });
    expect(route(sad, at({ topic }))).toBe("code-review feeling");
    expect(route({ ...sad, exerciseId: "w" }, at({ topic }))).toBe("exercise feeling");
    expect(route(sad, at({ topic, exerciseId: "w" }))).toBe("exercise feeling");
    expect(route({ ...sad, lastRun: failed, exerciseId: "w" })).toBe("debug feeling");
    expect(route({ ...sad, lastRun: ran })).toBe("concepts feeling");
  });

  it("keeps a follow-up with the exercise's hints, the topic's tutor, or the failed run", () => {
    expect(decide({ message: "next hint please", exerciseId: "w" }, at({ topic }), classifier)).toMatchObject({
      agent: "exercise",
      action: "next-hint",
      reasons: ["asks for the next hint"],
    });
    expect(decide({ message: "another example" }, at({ topic }), classifier)).toMatchObject({
      agent: "code-review",
      action: "example",
      reasons: ["a follow-up on your code's style"],
    });
    expect(route({ message: "why?" }, at({ topic, exerciseId: "w" }))).toBe("code-review why");
    expect(decide({ message: "why?", lastRun: failed }, at(), classifier)).toMatchObject({
      agent: "debug",
      action: "why",
      reasons: ["a follow-up on the failed run"],
    });
    // with nothing to follow up, the classifier decides and the tutor answers
    expect(decide({ message: "another example", lastRun: ran }, at(), classifier).action).toBe("answer");
  });

  it("checks exercise code: stuck goes to the hints, review and a clean run to review, the rest to debug", () => {
    const open = { code, exerciseId: "w" };
    expect(decide({ message: "is this right?", ...open }, at(), classifier)).toMatchObject({
      agent: "debug",
      action: "check",
      reasons: ["exercise open"],
    });
    expect(route({ message: "is this right?", ...open, lastRun: ran })).toBe("code-review check");
    expect(route({ message: "is this right?", ...open, lastRun: failed })).toBe("debug check");
    expect(route({ message: "fix it", ...open, lastRun: ran })).toBe("debug check");
    expect(route({ message: "is my code good?", ...open, lastRun: failed })).toBe("code-review check");
    expect(route({ message: "I'm stuck", ...open, lastRun: failed })).toBe("exercise check");
    // the exercise may be the one remembered from an earlier turn
    expect(route({ message: "I'm stuck", code }, at({ exerciseId: "w" }))).toBe("exercise check");
  });

  it("without code in the editor, sends 'fix it' and a failed check to debug, and a code check to review", () => {
    const blank = { code: "  \n", exerciseId: "w" };
    expect(decide({ message: "fix it", ...blank }, at(), classifier)).toMatchObject({
      agent: "debug",
      action: "answer",
      reasons: ["something goes wrong"],
    });
    expect(route({ message: "is this right?", ...blank, lastRun: failed })).toBe("debug answer");
    expect(route({ message: "is this right?", ...blank, lastRun: ran })).not.toBe("code-review check");
    expect(decide({ message: "is this right?", code, lastRun: ran }, at(), classifier)).toMatchObject({
      agent: "code-review",
      action: "check",
      reasons: ["asks whether the code is right"],
    });
  });

  it("meets 'I'm stuck' with debugging a failed run, the next hint, or comfort", () => {
    const stuck = { message: "I'm stuck" };
    expect(decide({ ...stuck, lastRun: failed, exerciseId: "w" }, at(), classifier)).toMatchObject({
      agent: "debug",
      action: "answer",
      reasons: ["stuck after a failed run"],
    });
    expect(decide({ ...stuck, exerciseId: "w" }, at(), classifier)).toMatchObject({
      agent: "exercise",
      action: "next-hint",
      reasons: ["stuck on the exercise"],
    });
    expect(decide(stuck, at({ topic }), classifier)).toMatchObject({
      agent: "code-review",
      action: "feeling",
      reasons: ["stuck, with nothing open"],
    });
    expect(route({ ...stuck, lastRun: ran })).toBe("concepts feeling");
  });

  it("reads a vague message from the context, and only asks back when there is none", () => {
    const help = { message: "help" };
    expect(decide({ ...help, lastRun: failed }, at(), classifier)).toMatchObject({
      agent: "debug",
      action: "answer",
      reasons: ["the last run failed"],
    });
    expect(decide({ ...help, exerciseId: "w" }, at({ topic }), classifier)).toMatchObject({
      agent: "exercise",
      action: "next-hint",
      reasons: ["an exercise is open"],
    });
    expect(decide(help, at({ topic }), classifier)).toMatchObject({
      agent: "code-review",
      action: "simpler",
      reasons: ["continues your code's style"],
    });
    expect(decide({ ...help, lastRun: ran }, at(), classifier)).toEqual({
      agent: "concepts",
      action: "clarify",
      intent: "vague",
      confidence: 0.3,
      reasons: ["too short to tell what is needed"],
      options: ["concepts", "debug"],
    });
  });

  it("hands a new question to the classifier, with its confidence and reasons", () => {
    const input = { message: "what is a dictionary?" };
    const d = decide(input, at(), classifier);
    const c = classifier.classify(input);
    expect(d).toEqual({
      agent: "concepts",
      action: "answer",
      intent: "question",
      confidence: c.confidence,
      reasons: c.reasons,
    });
  });
});
