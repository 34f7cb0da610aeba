import type { ErrorContext, Explanation } from "./explanation.ts";
import { atStart, type PlainPhrase, phrase, say } from "./texts.ts";

// Syntax errors, read from CPython 3.11's own (often precise) messages and the student's line, so
// that "unmatched '}'" is an extra bracket, `def = 2` is a keyword used as a name and `None = 1` is
// a constant, not "= and == were mixed up". Each names what is on the student's line (the words:
// content/debug/syntax.yaml).

const KEYWORDS = (
  "False None True and as assert async await break class continue def del elif else except finally for from " +
  "global if import in is lambda nonlocal not or pass raise return try while with yield"
).split(" ");
const OPENERS: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
const KINDS: Record<string, PlainPhrase> = {
  "(": "bracket-round",
  "[": "bracket-square",
  "{": "bracket-curly",
  ")": "bracket-round",
  "]": "bracket-square",
  "}": "bracket-curly",
};

export function explainSyntax(c: ErrorContext): Explanation {
  const m = c.message;
  const low = m.toLowerCase();
  const line = c.lineText ?? "";
  const where = line ? phrase("syntax-where-line", { atStart: atStart(c), code: line.slice(0, 80) }) : atStart(c);
  const keywordAsName = /^\s*([a-z]+)\s*(=[^=]|\+=|-=)/.exec(line);
  if (keywordAsName && KEYWORDS.includes(keywordAsName[1]) && !["None", "True", "False"].includes(keywordAsName[1]))
    return say("keyword-as-name", c, { where, word: keywordAsName[1] }, [keywordAsName[1]]);
  const constant = /cannot assign to (None|True|False)/.exec(m);
  if (constant) return say("assign-to-constant", c, { where, word: constant[1] });
  // "cannot assign to function call here. Maybe you meant '=='" outside a condition is an assignment
  // with the wrong left side, not a comparison
  const target = /cannot assign to ([a-z ]+?)(?: here)?(?:\.|$)/.exec(m)?.[1];
  const inCondition = /^(if|elif|while)\b/.test(line.trim());
  if (
    (!target || inCondition) &&
    (/maybe you meant '==' |maybe you meant '=='|perhaps you meant "=="|maybe you meant '==' or ':='/.test(low) ||
      (/^(if|elif|while)\b[^=]*[^=!<>]=[^=]/.test(line.trim()) && !/:=/.test(line)))
  )
    return say("assign-or-compare", c, { where });
  if (target) return say("cannot-assign", c, { where, target });
  const mismatch = /closing parenthesis '(.)' does not match opening parenthesis '(.)'/.exec(m);
  if (mismatch) {
    const [, close, open] = mismatch;
    const [closeKind, openKind] = [phrase(KINDS[close] ?? "bracket-round"), phrase(KINDS[open] ?? "bracket-round")];
    return say("bracket-mismatch", c, { where, close, open, partner: closing(open), closeKind, openKind });
  }
  const unmatched = /unmatched '(.)'/.exec(m);
  if (unmatched) return say("bracket-unmatched", c, { where, close: unmatched[1], open: OPENERS[unmatched[1]] ?? "(" });
  const neverClosed = /'(.)' was never closed/.exec(m);
  if (neverClosed)
    return say("bracket-never-closed", c, { where, open: neverClosed[1], close: closing(neverClosed[1]) });
  if (/unexpected eof/.test(low)) return say("bracket-open-at-end", c, { where });
  const id = SYNTAX_CASES.find(([re]) => re.test(low))?.[1];
  if (id) return say(id, c, { where }, id === "print-brackets" ? ["print"] : []);
  if (/^else\s+if\b/.test(line.trim())) return say("else-if", c, { where });
  const colonHere = line.trim().endsWith(":");
  if (
    (/expected ':'/.test(low) && !colonHere) ||
    (/^(if|elif|else|for|while|def|class|try|except|with|finally)\b/.test(line) && !colonHere)
  )
    return say("missing-colon", c, { where });
  return { ...say("syntax-unknown", c, { where }), weak: true };
}

/** CPython's message (lower-cased) → the case that explains it, tried in order */
const SYNTAX_CASES: [RegExp, SyntaxCase][] = [
  [/unterminated (triple-quoted )?string|eol while scanning|eof while scanning/, "string-not-closed"],
  [/missing parentheses in call to '(print|exec)'/, "print-brackets"],
  [/perhaps you forgot a comma/, "missing-comma"],
  [/invalid decimal literal|invalid (hexadecimal|octal|binary) literal/, "digit-in-name"],
  [/'(return|yield)' outside function/, "return-outside-function"],
  [/'(break|continue)' (outside|not properly in) loop/, "break-outside-loop"],
  [/expected 'except' or 'finally' block/, "try-without-except"],
  [/positional argument follows keyword argument/, "keyword-argument-order"],
  [
    /non-default argument follows default argument|parameter without a default follows parameter with a default/,
    "default-parameter-order",
  ],
  [/leading zeros in decimal integer/, "leading-zero"],
  [/invalid character|invalid non-printable/, "strange-character"],
];
type SyntaxCase =
  | "string-not-closed"
  | "print-brackets"
  | "missing-comma"
  | "digit-in-name"
  | "return-outside-function"
  | "break-outside-loop"
  | "try-without-except"
  | "keyword-argument-order"
  | "default-parameter-order"
  | "leading-zero"
  | "strange-character";

function closing(open: string): string {
  return ({ "(": ")", "[": "]", "{": "}" } as Record<string, string>)[open] ?? ")";
}
