import type { ConversationState } from "./state.ts";

// The answers triage writes itself, from the conversation's state: greetings, thanks, "what did we
// talk about?", feelings, a clarifying question, and the words around an exercise check. Kind,
// short, one small next step — never praise for code that fails, never a new exercise to someone
// who just said they feel bad.

export interface CheckSummary {
  title: string;
  passed: boolean;
  verdict: string;
  passedCount: number;
  total: number;
  firstFailing: { name: string; explanation: string } | null;
  error: { type: string; message: string; line: number | null } | null;
  summary: string;
}

export function greeting(state: ConversationState): string {
  if (state.topic)
    return `Hi again! Last time we looked at ${state.topic.label}. Shall we carry on, or is it something new?`;
  return (
    "Hi! What are you working on? Ask me about an idea, an error, or your code, and I'll help you take the " +
    "next step."
  );
}

export function thanks(state: ConversationState): string {
  const open = state.lastCheck && !state.lastCheck.passed && state.exerciseId === state.lastCheck.exerciseId;
  const next = open
    ? "When you've made your change, run the checks again and tell me what happens."
    : state.topic
      ? `If you like, I can show another example about ${state.topic.label}, or you can try it yourself in the editor.`
      : "Ask me whenever you get stuck.";
  return `You're welcome! ${next}`;
}

export function recall(state: ConversationState): string {
  if (!state.topic)
    return (
      "This is the start of our conversation, so we have not talked about anything yet. What would you like " +
      "to look at?"
    );
  const seen = state.explained[state.topic.key];
  const how = seen
    ? ` I explained it at the ${seen.depth} level${seen.examples ? ` and showed ${seen.examples + 1} examples` : ""}.`
    : "";
  const before = state.history.length
    ? ` Before that: ${state.history
        .slice(0, 3)
        .map((h) => h.label)
        .join(", ")}.`
    : "";
  const hint = state.exerciseId && state.hints[state.exerciseId];
  const hintLine = hint ? ` On the exercise you have had hint ${hint.level} so far.` : "";
  return (
    `We were talking about ${state.topic.label}.${how}${before}${hintLine} Would you like a simpler ` +
    "explanation, another example, or to move on?"
  );
}

/** Feelings first: acknowledge, normalise, then one small step that fits where the student is. */
export function feeling(state: ConversationState, smallStep: string): string {
  const again = state.feelings > 0;
  const opener = again
    ? "I hear you — this one is really testing your patience, and that's okay."
    : "I'm sorry it feels that way. Being stuck is a normal part of learning to code — it happens to everyone, and " +
      "it doesn't mean you're bad at this.";
  return `${opener}\n\nLet's make it smaller. ${smallStep}`;
}

export function smallStepFor(state: ConversationState, hasCode: boolean): string {
  if (state.lastRun && state.lastRun.status !== "ok") {
    const where = state.lastRun.line ? `line ${state.lastRun.line}` : "the line the error points at";
    return `Look only at ${where} for now. Read it out loud, word by word — what do you expect it to do?`;
  }
  if (state.lastCheck && !state.lastCheck.passed && state.lastCheck.failing)
    return (
      `Just one check is enough for now — ${state.lastCheck.failing}. Can you work out by hand what your code ` +
      "gives for that input?"
    );
  if (state.exerciseId)
    return hasCode
      ? "Can you run your code once and tell me what it printed? Then we'll fix one thing at a time."
      : "Write just the first line of the function, run it, and tell me what happens. One line is a real step.";
  if (state.topic)
    return `Let's go back to ${state.topic.label}, one tiny piece at a time. Which part felt the most confusing?`;
  return "Tell me one thing you are trying to do, in your own words, and we'll work on just that.";
}

export function clarify(): string {
  return (
    "Happy to help! So I can give you the right kind of help: do you want me to **explain an idea**, or " +
    "**look at an error or your code**? (If it's your code, run it once first so I can see what happens.)"
  );
}

/** The words around a failing exercise check: what passes, the first failing check, then the next hint. */
export function checkFailing(
  check: CheckSummary,
  hint?: { level: number; of: number; text: string; held: boolean },
): string {
  const parts = [
    `I ran the checks for **${check.title}**: ${check.passedCount} of ${check.total} pass, so it isn't finished yet.`,
    check.firstFailing
      ? `The first one that fails is "${check.firstFailing.name}": ${check.firstFailing.explanation}`
      : check.summary,
  ];
  if (hint)
    parts.push(
      hint.held
        ? `Try one change for that check and run it again. Here is the hint that points the way:\n\n> ${hint.text}`
        : `Hint ${hint.level} of ${hint.of}:\n\n> ${hint.text}`,
    );
  parts.push("What does your code give for that input, step by step?");
  return parts.join("\n\n");
}

export function checkPassed(check: CheckSummary): string {
  return (
    `I ran the checks for **${check.title}**: all ${check.total} pass. You can submit it from the exercise ` +
    "page to record it. If you like, ask me to review your code's style next."
  );
}

export function checkUnavailable(): string {
  return (
    "I couldn't run the exercise's checks just now. Run your code yourself and tell me what it printed, and " +
    "we'll compare it with what the exercise asks for."
  );
}
