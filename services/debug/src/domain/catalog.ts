import type { Analysis } from "./analysis.ts";
import { closest } from "./names.ts";
import { explainSyntax } from "./syntax.ts";
import { explainIndex, explainMathDomain, explainMissingSelf, explainNoneOperand } from "./runtime.ts";

// Plain-language explanations of the errors beginners meet, built from the
// real message and the student's own code. Each gives a title, an explanation
// and a three-step hint ladder (nudge → concept → pointed) that never contains
// the corrected program.

export interface ErrorContext {
  type: string;
  message: string;
  line: number | null;
  code: string;
  lineText?: string;
  names: string[];
  /** the sandbox harness's analysis (friendly-traceback and the values on the line), when present */
  analysis?: Analysis;
}

export interface Explanation {
  title: string;
  explanation: string;
  hints: [string, string, string];
  conceptIds: string[];
  /** the student's identifiers the explanation is about */
  names: string[];
  /** a general explanation: a specific analysis (friendly-traceback's) should replace it */
  weak?: boolean;
}

type Explainer = (c: ErrorContext) => Explanation;
const q = (s: string) => `\`${s}\``;
const at = (c: ErrorContext) => (c.line ? `on line ${c.line}` : "in your code");
const first = (re: RegExp, s: string) => re.exec(s)?.[1];

const BUILTINS =
  "print input len range int str float list dict set tuple sum max min abs round sorted enumerate zip open type isinstance".split(
    " ",
  );

const nameError: Explainer = (c) => {
  const name =
    first(/name '([^']+)' is not defined/, c.message) ??
    first(/(?:free variable|local variable) '([^']+)'/, c.message) ??
    c.names.find((n) => c.lineText?.includes(n)) ??
    "that name";
  if (/free variable/.test(c.message))
    return {
      title: `${q(name)} is used before it gets its value`,
      explanation: `${at(c)[0].toUpperCase() + at(c).slice(1)} an inner function uses ${q(name)}, which belongs to the function around it. But ${q(name)} only gets its value later, after the inner function has already run.`,
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

const unboundLocal: Explainer = (c) => {
  const name = first(/(?:local variable|cannot access local variable) '([^']+)'/, c.message) ?? "a variable";
  // a module-level name changed inside a function: a "starting value" inside would reset it every call
  if (new RegExp(`^${name}\\s*=`, "m").test(c.code))
    return {
      title: `${q(name)} is changed inside a function, but it lives outside it`,
      explanation: `${q(name)} is created outside the function. ${at(c)[0].toUpperCase() + at(c).slice(1)} the function changes it, so Python treats ${q(name)} as a new name that belongs to the function, and that one has no value yet.`,
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

const typeError: Explainer = (c) => {
  const m = c.message;
  const ops = /unsupported operand type\(s\) for (.+?): '(\w+)' and '(\w+)'/.exec(m);
  if (ops && (ops[2] === "NoneType" || ops[3] === "NoneType")) return explainNoneOperand(c, ops[1]);
  if (ops)
    return {
      title: `You cannot use ${q(ops[1])} between a ${ops[2]} and a ${ops[3]}`,
      explanation: `${at(c)[0].toUpperCase() + at(c).slice(1)}, ${q(ops[1])} joins a ${ops[2]} with a ${ops[3]}. Python will not mix these types by itself. Often one value is text that looks like a number.`,
      hints: [
        "Check the type of each value on that line. You can print `type(x)` to see it.",
        "`input()` always gives text (str). Use `int()` or `float()` to turn text into a number, or `str()` to turn a number into text.",
        `Convert one side so both values have the same type ${at(c)}.`,
      ],
      conceptIds: ["types-and-conversion"],
      names: [],
    };
  if (/can only concatenate str \(not "(\w+)"\) to str/.test(m)) {
    const other = first(/not "(\w+)"/, m);
    return {
      title: `You joined text with a ${other} using +`,
      explanation: `${at(c)[0].toUpperCase() + at(c).slice(1)}, \`+\` joins two pieces of text. One piece is a ${other}, not text, so Python stops.`,
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
      explanation: `${at(c)[0].toUpperCase() + at(c).slice(1)} you put round brackets after a ${notCallable} value. Brackets mean "call this function". Maybe a variable has the same name as a function, like \`sum\` or \`list\`.`,
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
      explanation: `${at(c)[0].toUpperCase() + at(c).slice(1)} you used ${q(`${called}[...]`)}. ${q(called)} is a function: to get the value it gives back, call it with round brackets, ${q(`${called}()`)}, and index that result.`,
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
      explanation: `${at(c)[0].toUpperCase() + at(c).slice(1)} ${loopOver ? `you loop over ${q(loopOver)}, which is` : "the loop goes over"} a ${notIter}. A ${q("for")} loop needs something with items in it, like a list, a string or ${q("range(...)")}.`,
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
      explanation: `${at(c)[0].toUpperCase() + at(c).slice(1)} you used square brackets on a ${notSub}. Only things like lists, strings and dictionaries can be indexed.`,
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
      title: `${q(args[1] + "()")} got the wrong number of arguments`,
      explanation: `${at(c)[0].toUpperCase() + at(c).slice(1)}, the call to ${q(args[1])} does not match how it was defined: ${args[3]}. Each parameter in the \`def\` line needs one value in the call.`,
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
  explanation: `${at(c)[0].toUpperCase() + at(c).slice(1)} a value is \`None\`. This often happens when a function has no \`return\`, or when you keep the result of \`list.sort()\` or \`list.append()\`, which return \`None\`.`,
  hints: [
    "Which value on that line could be `None`? Print it to check.",
    "A function without `return` gives back `None`. Methods like `.sort()` change the list and return `None`.",
    "Add a `return` to your function, or use the list itself instead of the result of `.sort()`.",
  ],
  conceptIds: ["functions"],
  names: [],
});

const attributeError: Explainer = (c) => {
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
    explanation: `${at(c)[0].toUpperCase() + at(c).slice(1)} you asked ${owner ? `${q(owner)}, a ${type},` : `a ${type}`} for ${q(attr)}, which it does not have.${guess ? ` The closest real one is ${q(guess)}.` : " Check the spelling, and check that the value has the type you expect."}`,
    hints: [
      `Check the spelling of ${q("." + attr)}.`,
      `Each type has its own methods. \`dir(value)\` lists what a ${type} can do.`,
      guess
        ? `Use ${q("." + guess)} instead.`
        : `Print the value to see what it really is before you call ${q("." + attr)}.`,
    ],
    conceptIds: ["methods"],
    names: [attr],
  };
};

function generic(type: string, title: string, conceptIds: string[]): Explainer {
  return (c) => ({
    title,
    explanation: `Python stopped ${at(c)} with ${type}: ${c.message || "no message"}.`,
    hints: [
      `Read line ${c.line ?? "?"} again slowly. What does each part do?`,
      `This error means: ${title.toLowerCase()}.`,
      "Print the values used on that line just before it runs, to see what they really are.",
    ],
    conceptIds,
    names: [],
    weak: true,
  });
}

function simple(
  title: string,
  explanation: (c: ErrorContext) => string,
  hints: [string, string, string],
  conceptIds: string[],
): Explainer {
  return (c) => ({ title, explanation: explanation(c), hints, conceptIds, names: [] });
}

const recursion: Explainer = simple(
  "Your function calls itself forever",
  (c) =>
    `${at(c)[0].toUpperCase() + at(c).slice(1)} a function kept calling itself until Python gave up. A function that calls itself needs a stop case.`,
  [
    "Which function calls itself? When should it stop?",
    "A function that calls itself needs a case that returns at once, with no new call.",
    "Add an `if` at the top that returns for the smallest input. Make each call use a smaller input.",
  ],
  ["recursion"],
);

export const CATALOG: Record<string, Explainer> = {
  NameError: nameError,
  UnboundLocalError: unboundLocal,
  TypeError: typeError,
  AttributeError: attributeError,
  ValueError: (c) => {
    if (/math domain error/.test(c.message)) return explainMathDomain(c);
    const lit = first(/invalid literal for int\(\) with base 10: '(.*)'/, c.message);
    if (lit !== undefined)
      return {
        title: `${q(`'${lit}'`)} is not a whole number`,
        explanation: `${at(c)[0].toUpperCase() + at(c).slice(1)}, \`int()\` was given the text '${lit}'. \`int()\` only works on text made of digits, like '42'.`,
        hints: [
          "What text reached `int()`? Print it first.",
          "`int()` turns digit text into a number. Decimals need `float()`. Letters or spaces cannot be converted.",
          "Check the input before converting, or handle the problem with `try` and `except ValueError`.",
        ],
        conceptIds: ["types-and-conversion", "try-except"],
        names: [],
      };
    if (/too many values to unpack|not enough values to unpack/.test(c.message))
      return {
        title: "The number of names and values do not match",
        explanation: `${at(c)[0].toUpperCase() + at(c).slice(1)} you unpacked values into names, like \`a, b = ...\`. ${c.message}.`,
        hints: [
          "Count the names on the left of `=`.",
          "Unpacking needs exactly one name for each value.",
          "Make the names on the left match the number of values on the right.",
        ],
        conceptIds: ["tuples"],
        names: [],
      };
    return generic("ValueError", "A value has the right type but an unusable value", ["types-and-conversion"])(c);
  },
  IndexError: (c) => explainIndex(c),
  KeyError: (c) => {
    const key = c.message.replace(/^['"]|['"]$/g, "");
    const guess = closest(
      key,
      c.names.concat((c.code.match(/["']([^"'\n]{1,30})["']/g) ?? []).map((s) => s.slice(1, -1))),
    );
    return {
      title: guess
        ? `The key ${q(key)} is not in the dictionary — did you mean ${q(guess)}?`
        : `The key ${q(key)} is not in the dictionary`,
      explanation: `${at(c)[0].toUpperCase() + at(c).slice(1)} you looked up ${q(key)}, but the dictionary has no such key.${guess ? ` A similar key ${q(guess)} appears in your code.` : ""}`,
      hints: [
        "Print the dictionary's keys with `print(d.keys())` just before that line.",
        "`d.get(key, default)` gives a default instead of an error. `key in d` checks first.",
        guess
          ? `Check the spelling: ${q(key)} or ${q(guess)}?`
          : "Use `in` or `.get()` for keys that might be missing.",
      ],
      conceptIds: ["dictionaries"],
      names: guess ? [key, guess] : [key],
    };
  },
  ZeroDivisionError: simple(
    "You divided by zero",
    (c) =>
      `${at(c)[0].toUpperCase() + at(c).slice(1)} a number was divided by zero. That has no answer, so Python stops. Often a count or a length is 0.`,
    [
      "Which value is the divisor on that line? Can it be 0?",
      "Check with `if` before dividing, for example when a list is empty.",
      "Handle the zero case first, for example return 0 or a message when the count is 0.",
    ],
    ["if-statements"],
  ),
  SyntaxError: (c) => explainSyntax(c),
  IndentationError: (c) => indentation(c),
  TabError: simple(
    "Tabs and spaces are mixed",
    (c) =>
      `${at(c)[0].toUpperCase() + at(c).slice(1)} the indentation mixes tab characters and spaces. Python needs one style.`,
    [
      "Look at the start of that line and the lines around it.",
      "Python uses indentation to group code. Use 4 spaces for each level.",
      "Replace the tabs with spaces so every line in the block starts the same way.",
    ],
    ["syntax-and-indentation"],
  ),
  ModuleNotFoundError: (c) => {
    const mod = first(/No module named '([^']+)'/, c.message) ?? "that module";
    return {
      title: `The module ${q(mod)} is not available`,
      explanation: `${at(c)[0].toUpperCase() + at(c).slice(1)} you asked for ${q(mod)}. EmberLearn has only the tools that come with Python. Extra ones you would add with pip are not here. Check the spelling too.`,
      hints: [
        `Is ${q(mod)} one of the tools that come with Python? Check the spelling.`,
        "Python comes with tools like math, random, json and collections.",
        "Use one of the tools that come with Python, or write the part you need yourself.",
      ],
      conceptIds: ["importing-modules"],
      names: [mod],
    };
  },
  ImportError: generic("ImportError", "That name cannot be imported from the module", ["importing-modules"]),
  RecursionError: (c) => {
    const self = [...c.code.matchAll(/^\s*def\s+(\w+)\s*\(/gm)]
      .map((x) => x[1])
      .find((f) => new RegExp(`\\b${f}\\s*\\(`).test(c.code.split(new RegExp(`def\\s+${f}\\s*\\(`))[1] ?? ""));
    const base = recursion(c);
    if (!self) return base;
    return {
      ...base,
      title: `${q(self)} calls itself forever`,
      explanation: `${q(self)} calls ${q(self)} again every time, and no call ever stops, so Python gave up after about 1000 calls. A function that calls itself needs a stop case that returns without calling again.`,
      hints: [
        `When should ${q(self)} stop calling itself? For which input?`,
        base.hints[1],
        `What could the first line inside ${q(self)} check, so that the smallest input returns at once?`,
      ],
      names: [self],
    };
  },
  FileNotFoundError: simple(
    "The file does not exist",
    (c) =>
      `${at(c)[0].toUpperCase() + at(c).slice(1)} you opened a file that is not there: ${c.message}. Check the name and the folder.`,
    [
      "Which file name is used on that line?",
      "A relative path is looked up in the current folder. Open with 'w' to create a new file.",
      "Check the spelling of the file name, or create the file before you read it.",
    ],
    ["reading-files"],
  ),
  PermissionError: simple(
    "You are not allowed to use that file",
    (c) =>
      `${at(c)[0].toUpperCase() + at(c).slice(1)} the file or folder cannot be opened this way (${c.message}). In EmberLearn you can only write in your own working folder.`,
    [
      "Which path is used on that line?",
      "Programs may only read or write where they have permission.",
      "Use a file in the current folder instead.",
    ],
    ["reading-files"],
  ),
  IsADirectoryError: simple(
    "That path is a folder, not a file",
    (c) => `${at(c)[0].toUpperCase() + at(c).slice(1)} you tried to open a folder as if it were a file.`,
    [
      "Which path is used on that line?",
      "`open()` works on files. `os.listdir()` lists what is in a folder.",
      "Add the file name to the path.",
    ],
    ["reading-files"],
  ),
  AssertionError: simple(
    "An assert check failed",
    (c) =>
      `${at(c)[0].toUpperCase() + at(c).slice(1)} an \`assert\` found that its condition was False.${c.message ? ` Its message: ${c.message}` : ""}`,
    [
      "Which condition does the `assert` check?",
      "`assert condition` stops the program when the condition is False.",
      "Print the values in the condition to see why it is False.",
    ],
    ["debugging"],
  ),
  StopIteration: simple(
    "There were no more items",
    (c) =>
      `${at(c)[0].toUpperCase() + at(c).slice(1)} \`next()\` asked an iterator for another item, but it had none left.`,
    [
      "Where is `next()` called?",
      "An iterator gives items one by one until it runs out.",
      "Use a `for` loop, or give `next()` a default: `next(it, None)`.",
    ],
    ["for-loops"],
  ),
  OverflowError: simple(
    "The number is too large",
    (c) => `${at(c)[0].toUpperCase() + at(c).slice(1)} a calculation gave a number too large to store (${c.message}).`,
    [
      "Which calculation grows so large?",
      "Whole numbers can be huge, but decimal (float) numbers have a limit.",
      "Check the loop or formula that makes the number grow.",
    ],
    ["operators"],
  ),
  UnicodeDecodeError: simple(
    "The file's text could not be read",
    (c) =>
      `${at(c)[0].toUpperCase() + at(c).slice(1)} some bytes could not be turned into text with the chosen encoding.`,
    [
      "How was the file opened?",
      "Text files have an encoding. UTF-8 is the most common.",
      'Open the file with `encoding="utf-8"`.',
    ],
    ["reading-files"],
  ),
  KeyboardInterrupt: simple(
    "The program was stopped",
    () => "The program was interrupted before it finished, usually because it ran too long.",
    [
      "Did the program wait for something?",
      "A loop that never ends keeps a program running forever.",
      "Check that every loop has a way to finish.",
    ],
    ["while-loops"],
  ),
  MemoryError: simple(
    "Your program used too much memory",
    () =>
      "Your program tried to use more memory than it may (50 MB). Usually a list keeps growing in a loop that does not stop.",
    [
      "Which list or string keeps growing?",
      "A loop that adds items forever fills up memory.",
      "Make sure the loop ends, and do not build huge lists.",
    ],
    ["while-loops"],
  ),
  NotImplementedError: simple(
    "This part is not written yet",
    (c) =>
      `${at(c)[0].toUpperCase() + at(c).slice(1)} the code says this part is not done. It is a marker for code you still need to write.`,
    [
      "Which function stops with this error?",
      "Starter code often has this marker to show what is missing.",
      "Replace the `raise` line with your own code.",
    ],
    ["functions"],
  ),
  RuntimeError: (c) =>
    /changed size during iteration/.test(c.message)
      ? {
          title: "You changed a collection while looping over it",
          explanation: `${at(c)[0].toUpperCase() + at(c).slice(1)} a dictionary or set was changed inside a loop over it. Python does not allow that.`,
          hints: [
            "Which collection do you loop over, and which one do you change?",
            "Loop over a copy, such as `list(d)`, if you need to change the original.",
            "Collect the changes in a new list first, then apply them after the loop.",
          ],
          conceptIds: ["dictionaries"],
          names: [],
        }
      : generic("RuntimeError", "Something went wrong while the program ran", ["debugging"])(c),
  EOFError: simple(
    "input() had nothing to read",
    (c) =>
      `${at(c)[0].toUpperCase() + at(c).slice(1)} \`input()\` waited for a line, but there was no more input. Type your input in the box under the editor, one answer per line.`,
    [
      "How many times does your program call `input()`?",
      "Each `input()` reads one line from the input box.",
      "Add one line to the input box for every `input()` call.",
    ],
    ["input-output"],
  ),
  FloatingPointError: generic("FloatingPointError", "A decimal calculation failed", ["operators"]),
  LookupError: generic("LookupError", "A key or index was not found", ["lists"]),
  ArithmeticError: generic("ArithmeticError", "A calculation failed", ["operators"]),
  OSError: generic("OSError", "The operating system refused the request", ["reading-files"]),
  SystemExit: simple(
    "The program called exit()",
    () => "The program stopped itself with `exit()` or `sys.exit()`.",
    [
      "Where does the program call exit?",
      "`sys.exit()` stops the whole program at once.",
      "Return from the function instead if you only want to leave it.",
    ],
    ["functions"],
  ),
};

function indentation(c: ErrorContext): Explanation {
  const m = c.message.toLowerCase();
  const base = (title: string, why: string, hints: [string, string, string]): Explanation => ({
    title,
    explanation: `${at(c)[0].toUpperCase() + at(c).slice(1)}: ${why}`,
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
