import { detectIntent, FOLLOW_UPS, type Intent } from "./intent.ts";
import type { ConversationState } from "./state.ts";
import type { Agent, ChatInput, Classifier } from "./types.ts";

// Routing on the conversation's state and the message's intent, the classifier only for new
// questions. A follow-up goes back to the tutor of the topic; "is this right / fix it / I'm stuck"
// with an exercise open becomes a check against its hidden tests; a vague first message gets a
// short clarifying question instead of a guess.

export type Action =
  | "answer"
  | "simpler"
  | "why"
  | "example"
  | "next-hint"
  | "check"
  | "recall"
  | "feeling"
  | "thanks"
  | "greeting"
  | "clarify";

export interface Decision {
  agent: Agent;
  action: Action;
  intent: Intent;
  confidence: number;
  reasons: string[];
  /** for "clarify": the tutors offered */
  options?: Agent[];
}

// An answer to a clarifying question names a tutor's kind of help ("the error one") or its place
// in the question ("the second"): words first, so "one" in "the error one" is not "the first".
const CHOICES: [RegExp, Agent][] = [
  [/\b(explain|idea|concept|what it means|learn)\b/i, "concepts"],
  [/\b(my code|look at|check|review)\b/i, "code-review"],
  [/\b(error|bug|crash|fix|wrong)\b/i, "debug"],
  [/\b(practi[cs]e|exercise|another one)\b/i, "exercise"],
  [/\b(progress|how am i doing)\b/i, "progress"],
];
// an ordinal before a bare number word: "the second one" is the second, "one" alone the first
const ORDINALS = [/\b(1|first)\b/i, /\b(2|second)\b/i, /\b(3|third)\b/i];
const NUMBERS = [/\bone\b/i, /\btwo\b/i, /\bthree\b/i];

function pickOffered(message: string, options: Agent[]): Agent | undefined {
  const named = CHOICES.find(([re, agent]) => options.includes(agent) && re.test(message));
  if (named) return named[1];
  for (const places of [ORDINALS, NUMBERS]) {
    const place = places.findIndex((re) => re.test(message));
    if (place >= 0) return options[place];
  }
  return undefined;
}

export function decide(input: ChatInput, state: ConversationState, classifier: Classifier): Decision {
  const intent = detectIntent(input.message);
  const failed = Boolean(input.lastRun && input.lastRun.status !== "ok");
  const exercise = input.exerciseId ?? state.exerciseId;
  const hasCode = Boolean(input.code?.trim());
  const d = (agent: Agent, action: Action, reason: string, confidence = 0.9): Decision => ({
    agent,
    action,
    intent,
    confidence,
    reasons: [reason],
  });

  const pending = state.pending;
  if (pending) {
    const picked = pickOffered(input.message, pending.options);
    if (picked)
      return {
        ...d(picked, "answer", "answers the clarifying question"),
        intent: "question",
      };
  }
  if (intent === "greeting") return d(state.topic?.agent ?? "concepts", "greeting", "a greeting");
  if (intent === "thanks") return d(state.lastAgent ?? "concepts", "thanks", "thanks the tutor");
  if (intent === "recall") return d(state.topic?.agent ?? state.lastAgent ?? "concepts", "recall", "asks what we did");
  if (intent === "feeling") {
    const agent = failed ? "debug" : exercise ? "exercise" : (state.topic?.agent ?? "concepts");
    return d(agent, "feeling", "says how they feel");
  }
  if (FOLLOW_UPS.has(intent)) {
    if (intent === "next-hint" && exercise) return d("exercise", "next-hint", "asks for the next hint");
    if (state.topic) return d(state.topic.agent, intent as Action, `a follow-up on ${state.topic.label}`);
    if (failed) return d("debug", intent as Action, "a follow-up on the failed run");
  }
  if ((intent === "check" || intent === "fix" || intent === "review" || intent === "stuck") && exercise && hasCode)
    // the tutor is provisional until the checks have run: a run that went fine points at a review
    return d(
      intent === "stuck"
        ? "exercise"
        : intent === "review" || (intent === "check" && !failed && input.lastRun)
          ? "code-review"
          : "debug",
      "check",
      "exercise open",
    );
  if (intent === "fix" || (intent === "check" && failed)) return d("debug", "answer", "something goes wrong");
  if (intent === "check" && hasCode) return d("code-review", "check", "asks whether the code is right");
  if (intent === "stuck")
    return failed
      ? d("debug", "answer", "stuck after a failed run")
      : exercise
        ? d("exercise", "next-hint", "stuck on the exercise")
        : d(state.topic?.agent ?? "concepts", "feeling", "stuck, with nothing open");
  if (intent === "vague") {
    if (failed) return d("debug", "answer", "the last run failed");
    if (exercise) return d("exercise", "next-hint", "an exercise is open");
    if (state.topic) return d(state.topic.agent, "simpler", `continues ${state.topic.label}`);
    return { ...d("concepts", "clarify", "too short to tell what is needed", 0.3), options: ["concepts", "debug"] };
  }
  const route = classifier.classify(input);
  return { agent: route.agent, action: "answer", intent, confidence: route.confidence, reasons: route.reasons };
}
