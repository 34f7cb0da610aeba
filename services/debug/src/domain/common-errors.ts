import type { ErrorContext, Explainer, Explanation } from "./explanation.ts";
import { at, atStart, first, generic, q, simple } from "./explanation.ts";
import { closest } from "./names.ts";
import { explainMissingSelf, explainNoneOperand } from "./runtime.ts";

// The errors beginners meet most (names, types, attributes, recursion, indentation), explained from the
// real message and the student's own code.

const BUILTINS =
  "print input len range int str float list dict set tuple sum max min abs round sorted enumerate zip open type isinstance".split(
    " ",
  );

export const nameError: Explainer = (c) => {
  const name =
    first(/name '([^']+)' is not defined/, c.message) ??
    first(/(?:free variable|local variable) '([^']+)'/, c.message) ??
    c.names.find((n) => c.lineText?.includes(n)) ??
    "that name";
  if (/free variable/.test(c.message))
    return {
      title: `${q(name)} is used before it gets its value`,
      explanation: `${atStart(c)} an inner function uses ${q(name)}, which belongs to the function around it. But ${q(name)} only gets its value later, after the inner function has already run.`,
      hints: [
        `Where does ${q(name)} get its value? Is that before or after the inner function is called?`,
        "Python runs a function's lines from top to bottom. A value must be set before it is read.",
        `What happens if ${q(name)} is given its value before the call?`,
      ],
      conceptIds: ["scope"],
      names: [name],
    };
  // the student's own names first, then the built-ins a beginner mistypes (prnt → print)
  const guess = closest(name, c.names) ?? closest(name, BUILTINS);
  if (guess)
    return {
      title: `${q(name)} is not defined — did you mean ${q(guess)}?`,
      explanation: `Python does not know the name ${q(name)} ${at(c)}. Your code has a name ${q(guess)} that looks very close. A small typo is the most common cause of this error.`,
      hints: [
        `Look closely at how ${q(name)} is spelled ${at(c)}.`,
        "Python names must match exactly, letter for letter. Capital letters count too.",
        `Compare ${q(name)} with ${q(guess)}, which you created earlier.`,
      ],
      conceptIds: ["variables"],
      names: [name, guess],
    };
  return {
    title: `${q(name)} is not defined`,
    explanation: `Python reached ${q(name)} ${at(c)}, but nothing with that name exists yet. A name must be given a value before it is used. If it is meant to be text, it needs quotes.`,
    hints: [
      `Where does ${q(name)} get its value? Find that line.`,
      "A variable is created the first time you assign to it with `=`. Python runs your code from top to bottom.",
      `Give ${q(name)} a value above line ${c.line ?? "where it is used"}, or put quotes around it if it is text.`,
    ],
    conceptIds: ["variables"],
    names: [name],
  };
};

export const unboundLocal: Explainer = (c) => {
  const name = first(/(?:local variable|cannot access local variable) '([^']+)'/, c.message) ?? "a variable";
  // a module-level name changed inside a function: a "starting value" inside would reset it every call
  if (new RegExp(`^${name}\\s*=`, "m").test(c.code))
    return {
      title: `${q(name)} is changed inside a function, but it lives outside it`,
      explanation: `${q(name)} is created outside the function. ${atStart(c)} the function changes it, so Python treats ${q(name)} as a new name that belongs to the function, and that one has no value yet.`,
      hints: [
        `Is ${q(name)} meant to be the same ${q(name)} as the one outside the function?`,
        `A function can read an outside name, but to change it, the first line of the function must say ${q(`global ${name}`)}. A cleaner way: pass it in as a parameter and return the new value.`,
        `Which would you choose: a ${q(`global ${name}`)} line, or passing ${q(name)} in and returning it?`,
      ],
      conceptIds: ["scope"],
      names: [name],
    };
  return {
    title: `${q(name)} is used before it gets a value in this function`,
    explanation: `Inside a function, ${q(name)} is assigned somewhere, so Python treats it as local to that function. But ${at(c)} it is read before that assignment has happened.`,
    hints: [
      `Where does ${q(name)} get its value inside the function?`,
      "A name you assign inside a function belongs to that function. Outside values should come in as parameters.",
      `Pass ${q(name)} in as a parameter, or give it a starting value at the top of the function.`,
    ],
    conceptIds: ["scope"],
    names: [name],
  };
};

export const typeError: Explainer = (c) => {
  const m = c.message;
  const ops = /unsupported operand type\(s\) for (.+?): '(\w+)' and '(\w+)'/.exec(m);
  if (ops && (ops[2] === "NoneType" || ops[3] === "NoneType")) return explainNoneOperand(c, ops[1]);
  if (ops)
    return {
      title: `You cannot use ${q(ops[1])} between a ${ops[2]} and a ${ops[3]}`,
      explanation: `${atStart(c)}, ${q(ops[1])} joins a ${ops[2]} with a ${ops[3]}. Python will not mix these types by itself. Often one value is text that looks like a number.`,
      hints: [
        "Check the type of each value on that line. You can print `type(x)` to see it.",
        "`input()` always gives text (str). Use `int()` or `float()` to turn text into a number, or `str()` to " +
          "turn a number into text.",
        `Convert one side so both values have the same type ${at(c)}.`,
      ],
      conceptIds: ["types-and-conversion"],
      names: [],
    };
  if (/can only concatenate str \(not "(\w+)"\) to str/.test(m)) {
    const other = first(/not "(\w+)"/, m);
    return {
      title: `You joined text with a ${other} using +`,
      explanation: `${atStart(c)}, \`+\` joins two pieces of text. One piece is a ${other}, not text, so Python stops.`,
      hints: [
        "Which value on that line is not text?",
        '`str(value)` turns a number into text. An f-string like `f"Total: {total}"` also works.',
        `Wrap the ${other} in \`str()\`, or use an f-string ${at(c)}.`,
      ],
      conceptIds: ["strings", "types-and-conversion"],
      names: [],
    };
  }
  const notCallable = first(/'(\w+)' object is not callable/, m);
  if (notCallable)
    return {
      title: `A ${notCallable} is not a function, so it cannot be called`,
      explanation: `${atStart(c)} you put round brackets after a ${notCallable} value. Brackets mean "call this function". Maybe a variable has the same name as a function, like \`sum\` or \`list\`.`,
      hints: [
        "Look at the name just before the `(` on that line.",
        "If you store a value in a name like `sum = 5`, the built-in `sum()` is hidden.",
        "Rename your variable so it does not reuse a function's name, or use `[ ]` if you meant to index.",
      ],
      conceptIds: ["functions"],
      names: [],
    };
  const notSub = first(/'(\w+)' object is not subscriptable/, m);
  const called = notSub === "function" ? /([A-Za-z_]\w*)\s*\[/.exec(c.lineText ?? "")?.[1] : undefined;
  if (called)
    return {
      title: `${q(called)} is a function, so it must be called before you index it`,
      explanation: `${atStart(c)} you used ${q(`${called}[...]`)}. ${q(called)} is a function: to get the value it gives back, call it with round brackets, ${q(`${called}()`)}, and index that result.`,
      hints: [
        `What does ${q(called)} give back when you call it?`,
        "A function runs when you put `()` after its name. Only its result can be indexed.",
        `Where do the round brackets go, before the ${q("[ ]")}?`,
      ],
      conceptIds: ["functions"],
      names: [called],
    };
  const notIter = first(/'(\w+)' object is not iterable/, m);
  const loopOver = notIter ? /\bin\s+([A-Za-z_]\w*)\s*:?\s*$/.exec(c.lineText ?? "")?.[1] : undefined;
  if (notIter)
    return {
      title: `A ${notIter} cannot be looped over`,
      explanation: `${atStart(c)} ${loopOver ? `you loop over ${q(loopOver)}, which is` : "the loop goes over"} a ${notIter}. A ${q("for")} loop needs something with items in it, like a list, a string or ${q("range(...)")}.`,
      hints: [
        `What is ${loopOver ? q(loopOver) : "the value after `in`"}? Print it and its type.`,
        `To repeat something n times, loop over ${q("range(n)")}. To go through items, loop over a list.`,
        `Should the loop go over ${q(`range(${loopOver ?? "n"})`)} or over a list?`,
      ],
      conceptIds: ["for-loops"],
      names: loopOver ? [loopOver] : [],
    };
  if (notSub)
    return {
      title: `A ${notSub} cannot be indexed with [ ]`,
      explanation: `${atStart(c)} you used square brackets on a ${notSub}. Only things like lists, strings and dictionaries can be indexed.`,
      hints: [
        "Which value gets the `[ ]` on that line? What type is it?",
        "Indexing works on sequences and dictionaries. A function must be called with `( )` first.",
        `Check that the value is a list or string before you index it ${at(c)}.`,
      ],
      conceptIds: ["lists"],
      names: [],
    };
  const self = explainMissingSelf(c);
  if (self) return self;
  const args = /(\w+)\(\) (takes|missing) (.+)/.exec(m);
  if (args)
    return {
      title: `${q(`${args[1]}()`)} got the wrong number of arguments`,
      explanation: `${atStart(c)}, the call to ${q(args[1])} does not match how it was defined: ${args[3]}. Each parameter in the \`def\` line needs one value in the call.`,
      hints: [
        `Count the values you pass to ${q(args[1])}, then count its parameters.`,
        "The `def` line lists the parameters. Each call must give one argument per parameter, unless it has a default.",
        `Make the call ${at(c)} match the \`def\` line of ${q(args[1])}.`,
      ],
      conceptIds: ["functions"],
      names: [args[1]],
    };
  if (/'NoneType'/.test(m)) return noneTypeError(c);
  return generic("TypeError", "A value has the wrong type for what you did with it", ["types-and-conversion"])(c);
};

const noneTypeError: Explainer = (c) => ({
  title: "A value is None where you expected something else",
  explanation: `${atStart(c)} a value is \`None\`. This often happens when a function has no \`return\`, or when you keep the result of \`list.sort()\` or \`list.append()\`, which return \`None\`.`,
  hints: [
    "Which value on that line could be `None`? Print it to check.",
    "A function without `return` gives back `None`. Methods like `.sort()` change the list and return `None`.",
    "Add a `return` to your function, or use the list itself instead of the result of `.sort()`.",
  ],
  conceptIds: ["functions"],
  names: [],
});

export const attributeError: Explainer = (c) => {
  const m = /'(\w+)' object has no attribute '(\w+)'/.exec(c.message);
  if (!m) return generic("AttributeError", "That value does not have this attribute or method", ["methods"])(c);
  const [, type, attr] = m;
  if (type === "NoneType") return explainNoneOperand(c, `.${attr}`);
  // the student's own name for the value: `message` in `message.append(...)`
  const owner = new RegExp(`([A-Za-z_]\\w*)\\s*\\.\\s*${attr}\\b`).exec(c.lineText ?? "")?.[1];
  const known: Record<string, string[]> = {
    list: ["append", "extend", "insert", "remove", "pop", "sort", "reverse", "index", "count", "copy", "clear"],
    str: [
      "upper",
      "lower",
      "strip",
      "split",
      "join",
      "replace",
      "startswith",
      "endswith",
      "find",
      "count",
      "format",
      "title",
      "isdigit",
    ],
    dict: ["get", "keys", "values", "items", "pop", "update", "setdefault", "copy", "clear"],
  };
  const guess = closest(attr, [...(known[type] ?? []), ...c.names]);
  return {
    title: guess ? `A ${type} has no ${q(attr)} — did you mean ${q(guess)}?` : `A ${type} has no ${q(attr)}`,
    explanation: `${atStart(c)} you asked ${owner ? `${q(owner)}, a ${type},` : `a ${type}`} for ${q(attr)}, which it does not have.${guess ? ` The closest real one is ${q(guess)}.` : " Check the spelling, and check that the value has the type you expect."}`,
    hints: [
      `Check the spelling of ${q(`.${attr}`)}.`,
      `Each type has its own methods. \`dir(value)\` lists what a ${type} can do.`,
      guess
        ? `Use ${q(`.${guess}`)} instead.`
        : `Print the value to see what it really is before you call ${q(`.${attr}`)}.`,
    ],
    conceptIds: ["methods"],
    names: [attr],
  };
};

export const recursion: Explainer = simple(
  "Your function calls itself forever",
  (c) =>
    `${atStart(c)} a function kept calling itself until Python gave up. A function that calls ` +
    `itself needs a stop case.`,
  [
    "Which function calls itself? When should it stop?",
    "A function that calls itself needs a case that returns at once, with no new call.",
    "Add an `if` at the top that returns for the smallest input. Make each call use a smaller input.",
  ],
  ["recursion"],
);

export function indentation(c: ErrorContext): Explanation {
  const m = c.message.toLowerCase();
  const base = (title: string, why: string, hints: [string, string, string]): Explanation => ({
    title,
    explanation: `${atStart(c)}: ${why}`,
    hints,
    conceptIds: ["syntax-and-indentation"],
    names: [],
  });
  if (/expected an indented block/.test(m))
    return base(
      "The block after a colon is empty",
      "a line ending with `:` must be followed by at least one indented line.",
      [
        "Look at the line that ends with `:` just above.",
        "The lines inside `if`, `for`, `while` and `def` are indented by 4 spaces.",
        "Indent the next line by 4 spaces, or write `pass` there for now.",
      ],
    );
  if (/unexpected indent/.test(m))
    return base("This line is indented when it should not be", "the line starts further right than Python expects.", [
      "Compare the start of that line with the line above.",
      "Only lines inside a block are indented.",
      "Move the line left so it lines up with the code around it.",
    ]);
  if (/unindent does not match/.test(m))
    return base("The indentation does not line up", "this line moves left, but not to a level used before.", [
      "Check the spaces at the start of that line.",
      "Each block level is usually exactly 4 spaces.",
      "Line the code up with the block it belongs to.",
    ]);
  return base("The indentation is wrong", c.message, [
    "Check the spaces at the start of that line.",
    "Python uses indentation to know which lines belong together.",
    "Use 4 spaces for each level.",
  ]);
}
