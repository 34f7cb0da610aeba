import { anyOf, anyPhrase } from "./pattern.ts";

// What a message asks for, beyond its topic: a follow-up on the conversation so far (a simpler
// explanation, the next hint, another example, "why"), a check of exercise code, a feeling, or a
// new question. Intents are about the conversation; topics (which tutor) are the classifier's job.

export type Intent =
  | "simpler" // "I still don't get it"
  | "why" // "why?", "how come"
  | "example" // "another example"
  | "next-hint" // "another hint", "I need more help"
  | "recall" // "what did we just talk about?"
  | "check" // "is this right?", "did I get it?"
  | "fix" // "fix it", "it gives the wrong answer"
  | "review" // "is this good code?"
  | "stuck" // "I'm stuck"
  | "feeling" // "I'm so bad at this"
  | "thanks" // "thanks!", "got it"
  | "greeting" // "hi"
  | "vague" // "help", "?"
  | "question"; // anything else: a new question

const has = (re: RegExp, m: string) => re.test(m);

const SIMPLER = anyPhrase([
  "still (don'?t|do not|dont) (get|understand)",
  "(don'?t|do not|dont) (get|understand) (it|that|this|what you mean)",
  "what do you mean",
  "(make it|say it|explain( it)?|put it) (simpler|easier|again|differently|another way)",
  "simpler",
  "in (plain|simple|easier) (words|english)",
  "too (complicated|confusing|hard to follow)",
  "lost me",
  String.raw`huh\b`,
  "i'?m confused",
  "i am confused",
  "confusing",
  "explain (that|it) again",
  "like i'?m (five|5|a kid)",
  "eli5",
  "(that|this|it) makes no sense",
  "what does (that|this) mean",
  "(an )?easier way to (understand|think about) (it|this|that)",
  "i'?m not following",
]);
const WHY = anyOf([
  "^(but |and |ok(ay)?,? )?" +
    String.raw`(why|how come|why is that|why not|why though|but why|and then|go on|tell me more|explain more)\??!?\.?$`,
  String.raw`\bwhy (is|does|do|would|did) (that|it|this) (happen|work|matter)\b`,
  String.raw`\bwhy does that\b`,
  String.raw`\b(in more detail|more detail|go deeper|explain (it )?more)\b`,
]);
const EXAMPLE = anyOf([
  String.raw`\b(another|one more|a different|other|more|new) examples?\b`,
  String.raw`\b(show|give) me (an? )?(example|demo)\b`,
  String.raw`\bshow me (it )?(with|in) code\b`,
  String.raw`\bexample(s)? (please|pls)\b`,
  String.raw`\bcan i see (it|an example)\b`,
  String.raw`^examples?\??$`,
]);
const NEXT_HINT = anyOf([
  String.raw`\b(another|next|one more|more|a|some|bigger|better|second|third) (hint|clue|tip)s?\b`,
  String.raw`\bhint( please| pls)?\??$`,
  String.raw`\bwhat'?s the next step\b`,
  String.raw`\bmore help\b`,
  String.raw`\bhelp me more\b`,
  String.raw`\bnext step\b`,
  String.raw`\bwhat (do|should) i (do|change|try)( now| next)?\??$`,
  String.raw`\bso what should i (change|do)\b`,
  String.raw`^what now\??$`,
]);
const RECALL = anyPhrase([
  "what (did|were) we (just )?(talk(ing)?|speak(ing)?|discuss(ing)?|do(ing)?|look(ing)? at)( about)?",
  "remind me( what)?",
  "what was (that|the last thing)",
  "what did you (just )?(say|tell me|explain)",
  "where were we",
  "what were you saying",
  "recap",
  "summari[sz]e (that|what)",
]);
const CHECK = anyPhrase([
  "is (this|it|my (code|answer|solution|function|program)) (right|correct|done|ok(ay)?|working|finished)" +
    String.raw`(?! (to|if|for)\b)`,
  "am i (right|correct|done|close)",
  "did i (get it|do it|do (this|that) right|solve it)",
  "have i (got|solved) it",
  "does (this|it|my code) (work|pass)",
  "will (this|it) pass",
  "check (my|this) (code|answer|solution|work)(?! (quality|style))",
  String.raw`right answer\??$`,
  String.raw`correct\??$`,
  "is that right",
]);
const FIX = anyPhrase([
  "fix (it|this|my|that)",
  "help me fix",
  "(wrong|incorrect|bad) (answer|output|result|number|value)s?",
  "gives? (the )?wrong",
  "(does not|doesn'?t|dont|won'?t) (work|pass|run)",
  "not (working|passing)",
  "fail(s|ing)? (the )?(test|check)s?",
  "test(s)? (fail|don'?t pass)",
  "what'?s wrong",
  "whats wrong",
  "something'?s wrong",
  "broken",
  "it'?s? (not right|wrong)",
]);
const REVIEW = anyPhrase([
  "is (this|my code|my solution|my function)( code)? " +
    "(good|bad|clean|readable|ok(ay)? code|good code|pythonic|efficient|well written)" +
    String.raw`(?! (to|if|for|practice|idea)\b)`,
  "review",
  "feedback",
  "improve",
  "cleaner",
  "better way",
  "rate my",
  "code quality",
  "anything to (fix|change|improve)",
]);
const BAD_FEELINGS =
  "(bad|stupid|dumb|useless|hopeless|slow|an idiot|frustrated|annoyed|angry|sad|tired|done|worthless|terrible|awful|" +
  "scared|nervous|overwhelmed)";
const FEELING = anyOf([
  String.raw`\b(i'?m|i am|im|i feel|feeling|i'?m getting) (so |really |too |kind of |such an? )?${BAD_FEELINGS}\b`,
  String.raw`\bi (hate|can'?t stand) (this|python|coding|programming|it)\b`,
  String.raw`\bi'?ll never (get|understand|learn)\b`,
  String.raw`\bi suck\b`,
  String.raw`\bnot smart enough\b`,
  String.raw`\bi give up\b`,
  String.raw`\bthis is (stupid|pointless|impossible|too hard)\b`,
  String.raw`\bwhy (can'?t|cant) i\b`,
  String.raw`\bugh+\b`,
]);
const STUCK = anyOf([
  String.raw`\b(i'?m|i am|im|feel(ing)?|so|totally|completely|really) (stuck|lost|confused|hopeless)\b`,
  String.raw`\bi (give up|don'?t get (it|any)|have no idea|can'?t do (this|it))\b`,
  String.raw`\b(stuck|lost) (again|here|on this)\b`,
  String.raw`\bthis is (too hard|impossible)\b`,
  String.raw`\bi'?m getting nowhere\b`,
  String.raw`\bno idea (how|what)\b`,
  String.raw`\bwhere (do|should) i (start|begin)\b`,
]);
const THANKS = new RegExp(
  "^(thanks?|thank you|thx|ty|cheers|got it|ok(ay)?|cool|nice|great|awesome|perfect|that helps?|that helped|" +
    "makes sense|i see|understood)" +
    "([ ,!.]+(so much|a lot|very much|thanks?|that makes sense|i get it now|now i get it))*[ !.]*$",
  "i",
);
const GREETING = /^(hi|hello|hey|hiya|yo|good (morning|afternoon|evening))( there| tutor)?[ !.]*$/i;
const VAGUE =
  /^(help( me)?|\?+|hm+|umm*|what|what\?|pls|please|can you help( me)?|i need help|idk|help please)[ !.?]*$/i;

/** The conversational intent of one message (the first match wins, most specific first). */
export function detectIntent(message: string): Intent {
  const m = message.trim();
  if (has(GREETING, m)) return "greeting";
  if (has(THANKS, m)) return "thanks";
  if (has(RECALL, m)) return "recall";
  if (has(FEELING, m)) return "feeling";
  if (has(EXAMPLE, m)) return "example";
  if (has(NEXT_HINT, m)) return "next-hint";
  if (has(SIMPLER, m)) return "simpler";
  if (has(WHY, m)) return "why";
  if (has(FIX, m)) return "fix";
  if (has(CHECK, m)) return "check";
  if (has(STUCK, m)) return "stuck";
  if (has(VAGUE, m)) return "vague";
  if (has(REVIEW, m) && m.split(/\s+/).length <= 8) return "review";
  return "question";
}

/** Follow-ups continue the conversation's topic instead of starting a new one. */
export const FOLLOW_UPS: ReadonlySet<Intent> = new Set(["simpler", "why", "example", "next-hint", "recall"]);

/** A student who says they are stuck or lost (the struggle signal). */
export function detectStuck(message: string): boolean {
  return STUCK.test(message) || /\bi give up\b/i.test(message);
}
