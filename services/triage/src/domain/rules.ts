import type { Agent, ChatInput } from "./types.ts";

// Hand-written signals: the words and contexts that say which tutor a message needs. Each rule adds
// weight to one agent; the classifier combines them with a small trained model. Words that mean
// different things in different phrases ("bad practice", "how many exercises have I done") are
// matched as phrases, not keywords.

interface Rule {
  agent: Agent;
  weight: number;
  test: RegExp;
  reason: string;
}

const ERROR_WORDS =
  /\b(\w*error|exception|traceback|crash(es|ed|ing)?|broken|doesn'?t work|does not work|won'?t (run|work)|not working|wrong (output|answer|number|result|value)|bug(gy|s)?|freez(es|ing)|stuck in a loop|runs? forever|never (ends|stops|finishes)|timed? ?out|infinite loop|fails?|failing|returns? (nothing|none)|getting none|prints? none|line \d+|(isn'?t|is not|not) doing what i (expect|want|meant)|does something (else|different|weird))\b/i;
/** "practice" as in "good practice" is about style, not about wanting an exercise */
const PRACTICE_WORDS =
  /\b(?<!(bad|good|best|common|poor|standard|coding) )(practi[cs]e|exercises?|challenge|problems?|task|homework|quiz me|test me|another one|next (one|exercise)|something (harder|easier|new|to (code|solve|do))|give me (an?|some|something|more) (\w+ )?(exercise|problem|task|challenge|question)s?)\b/i;
const PROGRESS_WORDS =
  /\b(progress|mastery|how am i doing|streak|stats|score so far|my (level|scores?|grades?|results)|what level|weakest|strengths?|strongest|how close am i|am i (getting better|ready|behind|improving)|what should i (learn|do|study|focus on|practi[cs]e)( next)?|what'?s next|next for me|where should i focus|overall|report|days in a row|what have i (learned|done|finished|completed)|did i pass|need to improve|how many (exercises|problems|quizzes|tasks|concepts)( have i| did i| i'?ve)? ?(done|completed|finished|solved|passed|got)?|have i (completed|finished|solved|passed|done) (any|all|the|many)|my (badges|achievements))\b/i;

export const RULES: Rule[] = [
  { agent: "debug", weight: 3, test: ERROR_WORDS, reason: "mentions an error or a failure" },
  { agent: "debug", weight: 2, test: /\b[A-Z][a-zA-Z]*(Error|Exception)\b/, reason: "names a Python exception" },
  {
    agent: "debug",
    weight: 2,
    test: /\b(why (does|do|is|am|won'?t|isn'?t|can'?t|doesn'?t) (my|it|this|the (code|program|loop|function))|what'?s wrong|whats wrong|fix|help me fix|debug)\b/i,
    reason: "asks why their code goes wrong",
  },
  {
    agent: "code-review",
    weight: 3,
    test: /\b(review|feedback|cleaner|clean up|readab\w*|pythonic|(my|the|code) style|refactor|improve (my|this|the) code|better way to (write|do)|simplif(y|ied) (my|this)|shorter|more efficient|professional|good code|written well|rate my|code quality|rename|names? good|look over|look at my code|check my (style|code quality)|anything to (fix|change|improve)|it works\W+(but|anything|is it|can|how)|make (it|my code|this) (better|nicer|neater|cleaner))\b/i,
    reason: "asks for feedback on code",
  },
  {
    agent: "code-review",
    weight: 2,
    test: /\b(is (my|this) (code|function|class|solution|loop|program) (good|ok|okay|bad|fine|clean|too long|too complicated|messy))|(is this (good|ok|fine|bad|readable|efficient|clean)( code)?\??$)|\b(ok|fine|bad) here\b|\bwould (a pro|you) change\b|\bhow (can|could|do|would) i (make|improve) (my|this) (code|program|function)\b/i,
    reason: "asks whether the code is good",
  },
  { agent: "exercise", weight: 3, test: PRACTICE_WORDS, reason: "asks for practice" },
  { agent: "exercise", weight: 1, test: /\b(harder|easier|more)\b/i, reason: "asks for more or a different level" },
  { agent: "progress", weight: 4, test: PROGRESS_WORDS, reason: "asks about their progress" },
  {
    agent: "concepts",
    weight: 2,
    test: /\b(what (is|are|does|do)|whats|what's|explain|how (does|do|to)|difference between|teach me|i don'?t (understand|get)|meaning of|what'?s the point|why do we (use|need)|tell me about|how do i use|when (does|do|should) (it|a|an|the|you|i)|is it (bad|good|ok|okay) (practice|to|idea)|should i (use|always|ever)|can (a|an|you|i) \w+|is (a|an) \w+ (mutable|immutable|faster|slower|the same)|vs\.?|versus|why (is|are) (\w+ ){1,3}(important|useful|needed|better|used)|why (do|does|should) (we|you|people|programmers) )\b/i,
    reason: "asks what something is or how it works",
  },
];

/** Signals from the context: a failed last run, code attached, an exercise open. */
export function contextScores(input: ChatInput): { scores: Partial<Record<Agent, number>>; reasons: string[] } {
  const scores: Partial<Record<Agent, number>> = {};
  const reasons: string[] = [];
  const words = input.message.trim().split(/\s+/).length;
  const lastRun = input.lastRun;
  const failed = lastRun && lastRun.status !== "ok";
  // deictic words ("this", "my code", "it") tie a short question to the attached code or run
  const aboutTheCode = /\b(this|it|my (code|program|function|loop)|here|that)\b/i.test(input.message);
  if (failed && (words <= 6 || aboutTheCode)) {
    scores.debug = words <= 6 ? 4 : 2;
    reasons.push(`the last run ended with ${lastRun.error?.type ?? lastRun.status}`);
  }
  return { scores, reasons };
}
