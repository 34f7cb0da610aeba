import { anyOf, anyPhrase } from "./pattern.ts";
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

const ERROR_WORDS = anyPhrase([
  String.raw`\w*error`,
  "exception",
  "traceback",
  "crash(es|ed|ing)?",
  "broken",
  "doesn'?t work",
  "does not work",
  "won'?t (run|work)",
  "not working",
  "wrong (output|answer|number|result|value)",
  "bug(gy|s)?",
  "freez(es|ing)",
  "stuck in a loop",
  "runs? forever",
  "never (ends|stops|finishes)",
  "timed? ?out",
  "infinite loop",
  "fails?",
  "failing",
  "returns? (nothing|none)",
  "getting none",
  "prints? none",
  String.raw`line \d+`,
  "(isn'?t|is not|not) doing what i (expect|want|meant)",
  "does something (else|different|weird)",
]);
/** "practice" as in "good practice" is about style, not about wanting an exercise */
const PRACTICE_WORDS = new RegExp(
  String.raw`\b(?<!(bad|good|best|common|poor|standard|coding) )(` +
    [
      "practi[cs]e",
      "exercises?",
      "challenge",
      "problems?",
      "task",
      "homework",
      "quiz me",
      "test me",
      "another one",
      "next (one|exercise)",
      "something (harder|easier|new|to (code|solve|do))",
      String.raw`give me (an?|some|something|more) (\w+ )?(exercise|problem|task|challenge|question)s?`,
    ].join("|") +
    String.raw`)\b`,
  "i",
);
const PROGRESS_WORDS = anyPhrase([
  "progress",
  "mastery",
  "how am i doing",
  "streak",
  "stats",
  "score so far",
  "my (level|scores?|grades?|results)",
  "what level",
  "weakest",
  "strengths?",
  "strongest",
  "how close am i",
  "am i (getting better|ready|behind|improving)",
  "what should i (learn|do|study|focus on|practi[cs]e)( next)?",
  "what'?s next",
  "next for me",
  "where should i focus",
  "overall",
  "report",
  "days in a row",
  "what have i (learned|done|finished|completed)",
  "did i pass",
  "need to improve",
  "how many (exercises|problems|quizzes|tasks|concepts)( have i| did i| i'?ve)? ?" +
    "(done|completed|finished|solved|passed|got)?",
  "have i (completed|finished|solved|passed|done) (any|all|the|many)",
  "my (badges|achievements)",
]);
const WHY_IT_GOES_WRONG = anyPhrase([
  "why (does|do|is|am|won'?t|isn'?t|can'?t|doesn'?t) (my|it|this|the (code|program|loop|function))",
  "what'?s wrong",
  "whats wrong",
  "fix",
  "help me fix",
  "debug",
]);
const ASKS_FOR_FEEDBACK = anyPhrase([
  "review",
  "feedback",
  "cleaner",
  "clean up",
  String.raw`readab\w*`,
  "pythonic",
  "(my|the|code) style",
  "refactor",
  "improve (my|this|the) code",
  "better way to (write|do)",
  "simplif(y|ied) (my|this)",
  "shorter",
  "more efficient",
  "professional",
  "good code",
  "written well",
  "rate my",
  "code quality",
  "rename",
  "names? good",
  "look over",
  "look at my code",
  "check my (style|code quality)",
  "anything to (fix|change|improve)",
  String.raw`it works\W+(but|anything|is it|can|how)`,
  "make (it|my code|this) (better|nicer|neater|cleaner)",
]);
const IS_IT_GOOD = anyOf([
  String.raw`\b(is (my|this) (code|function|class|solution|loop|program) ` +
    "(good|ok|okay|bad|fine|clean|too long|too complicated|messy))",
  String.raw`(is this (good|ok|fine|bad|readable|efficient|clean)( code)?\??$)`,
  String.raw`\b(ok|fine|bad) here\b`,
  String.raw`\bwould (a pro|you) change\b`,
  String.raw`\bhow (can|could|do|would) i (make|improve) (my|this) (code|program|function)\b`,
]);
const ASKS_WHAT_OR_HOW = anyPhrase([
  "what (is|are|does|do)",
  "whats",
  "what's",
  "explain",
  "how (does|do|to)",
  "difference between",
  "teach me",
  "i don'?t (understand|get)",
  "meaning of",
  "what'?s the point",
  "why do we (use|need)",
  "tell me about",
  "how do i use",
  "when (does|do|should) (it|a|an|the|you|i)",
  "is it (bad|good|ok|okay) (practice|to|idea)",
  "should i (use|always|ever)",
  String.raw`can (a|an|you|i) \w+`,
  String.raw`is (a|an) \w+ (mutable|immutable|faster|slower|the same)`,
  String.raw`vs\.?`,
  "versus",
  String.raw`why (is|are) (\w+ ){1,3}(important|useful|needed|better|used)`,
  "why (do|does|should) (we|you|people|programmers) ",
]);

export const RULES: Rule[] = [
  { agent: "debug", weight: 3, test: ERROR_WORDS, reason: "mentions an error or a failure" },
  { agent: "debug", weight: 2, test: /\b[A-Z][a-zA-Z]*(Error|Exception)\b/, reason: "names a Python exception" },
  {
    agent: "debug",
    weight: 2,
    test: WHY_IT_GOES_WRONG,
    reason: "asks why their code goes wrong",
  },
  {
    agent: "code-review",
    weight: 3,
    test: ASKS_FOR_FEEDBACK,
    reason: "asks for feedback on code",
  },
  {
    agent: "code-review",
    weight: 2,
    test: IS_IT_GOOD,
    reason: "asks whether the code is good",
  },
  { agent: "exercise", weight: 3, test: PRACTICE_WORDS, reason: "asks for practice" },
  { agent: "exercise", weight: 1, test: /\b(harder|easier|more)\b/i, reason: "asks for more or a different level" },
  { agent: "progress", weight: 4, test: PROGRESS_WORDS, reason: "asks about their progress" },
  {
    agent: "concepts",
    weight: 2,
    test: ASKS_WHAT_OR_HOW,
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
