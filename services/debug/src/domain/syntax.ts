import type { ErrorContext, Explanation } from "./catalog.ts";

// Syntax errors, read from CPython 3.11's own (often precise) messages and the student's line, so
// that "unmatched '}'" is an extra bracket, `def = 2` is a keyword used as a name and `None = 1` is
// a constant, not "= and == were mixed up". Each names what is on the student's line.

type Hints = [string, string, string];
const q = (s: string) => `\`${s}\``;
const KEYWORDS =
  "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield".split(
    " ",
  );
const OPENERS: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
const NAMES: Record<string, string> = {
  "(": "round",
  "[": "square",
  "{": "curly",
  ")": "round",
  "]": "square",
  "}": "curly",
};

export function explainSyntax(c: ErrorContext): Explanation {
  const m = c.message;
  const low = m.toLowerCase();
  const line = c.lineText ?? "";
  const where = c.line ? `On line ${c.line}` : "In your code";
  const make = (title: string, why: string, hints: Hints, names: string[] = []): Explanation => ({
    title,
    explanation: `${where}${line ? ` (${q(line.slice(0, 80))})` : ""}: ${why}`,
    hints,
    conceptIds: ["syntax-and-indentation"],
    names,
  });
  const keywordAsName = /^\s*([a-z]+)\s*(=[^=]|\+=|-=)/.exec(line);
  if (keywordAsName && KEYWORDS.includes(keywordAsName[1]) && !["None", "True", "False"].includes(keywordAsName[1]))
    return make(
      `${q(keywordAsName[1])} is a Python keyword, not a variable name`,
      `${q(keywordAsName[1])} has a special meaning in Python, so it cannot hold a value. Pick another name, like ${q(`my_${keywordAsName[1]}`)}.`,
      [
        `Which word is on the left of the ${q("=")}?`,
        `Python keeps some words for itself (${q("def")}, ${q("if")}, ${q("for")}, ${q("class")}...). ` +
          `They cannot be names.`,
        `What other name could say what this value is?`,
      ],
      [keywordAsName[1]],
    );
  const constant = /cannot assign to (None|True|False)/.exec(m);
  if (constant)
    return make(
      `${q(constant[1])} cannot be given a new value`,
      `${q(constant[1])} is a fixed value in Python, like a number. You can store it in a variable, ` +
        `but you cannot put something into it.`,
      [
        `What is on the left of the ${q("=")}?`,
        `The left side of ${q("=")} must be a name you choose, such as ${q("result")}.`,
        `Which name would you like to store this value in?`,
      ],
    );
  // "cannot assign to function call here. Maybe you meant '=='" outside a condition is an assignment
  // with the wrong left side, not a comparison
  const target = /cannot assign to ([a-z ]+?)(?: here)?(?:\.|$)/.exec(m)?.[1];
  const inCondition = /^(if|elif|while)\b/.test(line.trim());
  if (
    (!target || inCondition) &&
    (/maybe you meant '==' |maybe you meant '=='|perhaps you meant "=="|maybe you meant '==' or ':='/.test(low) ||
      (/^(if|elif|while)\b[^=]*[^=!<>]=[^=]/.test(line.trim()) && !/:=/.test(line)))
  )
    return make(
      "= and == were mixed up",
      `one ${q("=")} stores a value; two ${q("==")} compare values. A condition in ${q("if")} ` +
        `or ${q("while")} needs ${q("==")}.`,
      [
        `Look at the ${q("=")} signs on that line.`,
        `${q("=")} puts a value into a name. ${q("==")} asks "are these equal?".`,
        `Which sign asks a question: one ${q("=")} or two?`,
      ],
    );
  const cannotAssign = /cannot assign to ([a-z ]+?)(?: here)?(?:\.|$)/.exec(m);
  if (cannotAssign)
    return make(
      `You cannot store a value in a ${cannotAssign[1]}`,
      `the left side of ${q("=")} must be a name (or an item like ${q("scores[0]")}), not a ` +
        `${cannotAssign[1]}. Python stores the value on the right into the name on the left.`,
      [
        `What is on the left of the ${q("=")}?`,
        `Assignment goes right to left: ${q("total = price * 2")} stores the result in ${q("total")}.`,
        "Should the two sides swap places, or did you mean to compare with `==`?",
      ],
    );
  const mismatch = /closing parenthesis '(.)' does not match opening parenthesis '(.)'/.exec(m);
  if (mismatch)
    return make(
      `The ${NAMES[mismatch[1]]} bracket ${q(mismatch[1])} does not match the ${NAMES[mismatch[2]]} ` +
        `bracket ${q(mismatch[2])}`,
      `a bracket opened with ${q(mismatch[2])} must close with ${q(closing(mismatch[2]))}, but ` +
        `it closes with ${q(mismatch[1])}.`,
      [
        "Find where the bracket opens.",
        "Each kind of bracket closes with its own partner: ( ), [ ], { }.",
        `Which closing bracket belongs to the ${q(mismatch[2])}?`,
      ],
    );
  const unmatched = /unmatched '(.)'/.exec(m);
  if (unmatched)
    return make(
      `There is an extra closing bracket ${q(unmatched[1])}`,
      `there is a ${q(unmatched[1])} with no ${q(OPENERS[unmatched[1]] ?? "(")} before it to ` +
        `match. Either it is one too many, or its opening bracket is missing.`,
      [
        "Count the opening and closing brackets on that line.",
        "Every closing bracket needs an opening one of the same kind before it.",
        `Is the ${q(unmatched[1])} one too many, or is an opening bracket missing?`,
      ],
    );
  const neverClosed = /'(.)' was never closed/.exec(m);
  if (neverClosed || /unexpected eof/.test(low))
    return make(
      `A bracket ${neverClosed ? q(neverClosed[1]) : ""} is never closed`.replace("  ", " "),
      `${neverClosed ? `the ${q(neverClosed[1])} opened here has no ${q(closing(neverClosed[1]))}` : "a bracket is still open at the end of the program"}. Python keeps reading, looking for it.`,
      [
        "Count the opening and closing brackets on that line.",
        "Every `(`, `[` and `{` needs a matching `)`, `]` or `}`.",
        "Where should the expression end, and is its bracket there?",
      ],
    );
  if (/unterminated (triple-quoted )?string|eol while scanning|eof while scanning/.test(low))
    return make(
      "A string is missing its closing quote",
      "a piece of text starts with a quote but never ends with the same quote.",
      [
        "Find the quote that starts the text.",
        "Text needs the same quote at the start and the end: 'like this' or \"like this\".",
        "Where should the text end, and is the quote there?",
      ],
    );
  if (/missing parentheses in call to '(print|exec)'/.test(low))
    return make(
      "print needs round brackets",
      "in Python 3, `print` is a function, so what you print goes inside brackets.",
      [
        "Look at how `print` is written.",
        "Functions are called with round brackets around their arguments: `len(word)`.",
        "Where do the brackets go around what you print?",
      ],
      ["print"],
    );
  if (/perhaps you forgot a comma/.test(low))
    return make(
      "A comma seems to be missing",
      "two values stand next to each other with nothing between them. In a list or a call, values are separated " +
        "by commas.",
      [
        "Look between the values on that line.",
        "Items in a list and arguments in a call are separated by `,`.",
        "Between which two values is the comma missing?",
      ],
    );
  if (/invalid decimal literal|invalid (hexadecimal|octal|binary) literal/.test(low))
    return make(
      "A name starts with a digit, or a number has letters in it",
      "names cannot start with a digit (like `2nd`), and numbers cannot contain letters. Multiplication needs " +
        "`*`: `2 * x`, not `2x`.",
      [
        "Look for a number that touches a letter.",
        "Names start with a letter or `_`. Multiplying needs the `*` sign.",
        "Is it a name that starts with a digit, or a missing `*`?",
      ],
    );
  if (/'(return|yield)' outside function/.test(low))
    return make(
      "`return` is outside a function",
      "`return` can only be used inside a `def`. Here it is not indented under one.",
      [
        "Which `def` should this `return` belong to?",
        "The lines of a function are indented under its `def` line.",
        "Is the `return` indented as far as the other lines of the function?",
      ],
    );
  if (/'(break|continue)' (outside|not properly in) loop/.test(low))
    return make(
      "`break`/`continue` is outside a loop",
      "`break` and `continue` only work inside a `for` or `while` loop.",
      [
        "Which loop should this line belong to?",
        "Lines inside a loop are indented under it.",
        "Is the line indented under the loop, or is the loop missing?",
      ],
    );
  if (/expected 'except' or 'finally' block/.test(low))
    return make(
      "`try` needs an `except`",
      "a `try:` block must be followed by `except` (or `finally`), lined up with the `try`.",
      [
        "Where does your `try` block end?",
        "`try:` runs code that might fail; `except SomeError:` says what to do when it does.",
        "Is there an `except` lined up exactly under the `try`?",
      ],
    );
  if (/positional argument follows keyword argument/.test(low))
    return make(
      "Plain values must come before name=value arguments",
      'in a call, values without a name must come first, then the ones written like `end=""`.',
      [
        "Look at the order of the arguments in the call.",
        '`f(1, 2, sep=", ")` works; `f(sep=", ", 1)` does not.',
        "Which argument should move to the front?",
      ],
    );
  if (
    /non-default argument follows default argument|parameter without a default follows parameter with a default/.test(
      low,
    )
  )
    return make(
      "Parameters with defaults must come last",
      "in the `def` line, a parameter with a default (like `n=1`) cannot come before one without.",
      [
        "Look at the order of the parameters in the `def` line.",
        "`def f(a, b=2):` is fine; `def f(a=1, b):` is not.",
        "Which parameter should move to the end?",
      ],
    );
  if (/leading zeros in decimal integer/.test(low))
    return make("A number starts with 0", "Python does not allow whole numbers like `07`. Write `7`.", [
      "Which number starts with a zero?",
      "Leading zeros are not allowed in Python 3 numbers.",
      "What is the number without its leading zero?",
    ]);
  if (/invalid character|invalid non-printable/.test(low))
    return make(
      "There is a character Python cannot read",
      "the line has a character such as a curly quote or a special symbol. This often happens when code is " +
        "copied from a document.",
      [
        "Look for quotes or symbols that look a little different.",
        "Python needs plain quotes like ' or \".",
        "Which character could you retype by hand?",
      ],
    );
  if (/^else\s+if\b/.test(line.trim()))
    return make(
      "Python writes `else if` as `elif`",
      "in Python, a second condition after an `if` is written `elif`, one word.",
      [
        "Look at how the line starts.",
        "`if`, then any number of `elif`, then at most one `else`.",
        "Which one word does Python use for `else if`?",
      ],
    );
  const colonHere = line.trim().endsWith(":");
  if (
    (/expected ':'/.test(low) && !colonHere) ||
    (/^(if|elif|else|for|while|def|class|try|except|with|finally)\b/.test(line) && !colonHere)
  )
    return make(
      "A colon is missing",
      "lines that start a block, like `if`, `for`, `while` and `def`, must end with a colon `:`.",
      [
        "Look at the very end of that line.",
        "Block lines end with `:` and the lines inside them are indented.",
        "What character does a block line end with?",
      ],
    );
  return weak(
    make("Python cannot understand this line", `the grammar of the line is not valid Python (${m}).`, [
      "Read the line slowly, and the line just above it.",
      "Check colons, brackets, quotes and commas. The real mistake is often just before the spot shown.",
      "Which part of the line is different from a working example in the lesson?",
    ]),
  );
}

const weak = (e: Explanation): Explanation => ({ ...e, weak: true });

function closing(open: string): string {
  return ({ "(": ")", "[": "]", "{": "}" } as Record<string, string>)[open] ?? ")";
}
