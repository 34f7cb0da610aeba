import type { Agent, ChatInput } from "./types.ts";

// Hand-written signals: the words and contexts that say which tutor a message
// needs. Each rule adds weight to one agent; the classifier combines them with
// a small trained model.

interface Rule {
  agent: Agent;
  weight: number;
  test: RegExp;
  reason: string;
}

const ERROR_WORDS =
  /\b(\w*error|exception|traceback|crash(es|ed|ing)?|broken|doesn'?t work|does not work|won'?t (run|work)|not working|wrong (output|answer|number|result)|bug|freez(es|ing)|stuck in a loop|runs? forever|never (ends|stops)|timed? ?out|infinite|fails?|failing|returns? (nothing|none)|getting none|line \d+)\b/i;

export const RULES: Rule[] = [
  { agent: "debug", weight: 3, test: ERROR_WORDS, reason: "mentions an error or a failure" },
  { agent: "debug", weight: 2, test: /\b[A-Z][a-zA-Z]*(Error|Exception)\b/, reason: "names a Python exception" },
  {
    agent: "debug",
    weight: 2,
    test: /\b(why (does|do|is|am|won'?t|isn'?t|can'?t)|what'?s wrong|whats wrong|fix|help me fix|debug)\b/i,
    reason: "asks why something goes wrong",
  },
  {
    agent: "code-review",
    weight: 3,
    test: /\b(review|feedback|cleaner|clean|readab\w*|pythonic|style|refactor|improve|better way|simplif\w*|shorter|efficient|professional|good code|written well|rate my|quality|rename|names? good|look over|check my (code|style|solution))\b/i,
    reason: "asks for feedback on code",
  },
  {
    agent: "code-review",
    weight: 2,
    test: /\b(is (my|this) (code|function|class|solution|loop) (good|ok|bad|fine|clean|too long|too complicated))|(is this (good|ok|fine|bad|readable|efficient))|\b(ok|fine|bad) here\b|\bwould (a pro|you) change\b/i,
    reason: "asks whether the code is good",
  },
  {
    agent: "exercise",
    weight: 3,
    test: /\b(exercises?|practi[cs]e|challenge|problems?|task|homework|quiz me|test me|train|another one|next (one|exercise)|something (harder|easier|to code)|give me (an?|some|something|more))\b/i,
    reason: "asks for practice",
  },
  { agent: "exercise", weight: 1, test: /\b(harder|easier|more)\b/i, reason: "asks for more or a different level" },
  {
    agent: "progress",
    weight: 3,
    test: /\b(progress|mastery|how am i doing|streak|stats|score so far|my level|what level|weakest|strengths?|strongest|how close am i|am i (getting better|ready|behind)|what should i (learn|do|focus)|what'?s next|next for me|where should i focus|which (module|topic)|overall|report|days in a row|what have i learned|did i pass|need to improve)\b/i,
    reason: "asks about their progress",
  },
  {
    agent: "concepts",
    weight: 2,
    test: /\b(what (is|are|does|do)|whats|what's|explain|how (does|do|to)|difference between|teach me|i don'?t (understand|get)|meaning of|what'?s the point|why do we use|tell me about|how do i use)\b/i,
    reason: "asks what something is or how it works",
  },
];

/** Signals from the context: a failed last run, code attached, an exercise open. */
export function contextScores(input: ChatInput): { scores: Partial<Record<Agent, number>>; reasons: string[] } {
  const scores: Partial<Record<Agent, number>> = {};
  const reasons: string[] = [];
  const short = input.message.trim().split(/\s+/).length <= 6;
  const failed = input.lastRun && input.lastRun.status !== "ok";
  if (failed) {
    scores.debug = (scores.debug ?? 0) + (short ? 4 : 2);
    reasons.push(`the last run ended with ${input.lastRun!.error?.type ?? input.lastRun!.status}`);
  } else if (input.code && short) {
    scores["code-review"] = (scores["code-review"] ?? 0) + 2;
    reasons.push("code is attached and the question is short");
  }
  return { scores, reasons };
}
