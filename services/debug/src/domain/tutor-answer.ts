import { explainError, type ErrorExplanation, type ExplainInput } from "./explain.ts";
import { CATALOG } from "./catalog.ts";

// The debugging tutor's answer in a conversation: the full explanation first, then (as the student
// asks) a simpler one, the reason why, the next rung of the hint ladder, or another small example of
// the same mistake — never the student's program fixed.

export type DebugAction = "answer" | "simpler" | "why" | "next-hint" | "example";

export interface DebugAnswer {
  text: string;
  explanation: ErrorExplanation;
  hintLevel: number;
}

export function debugAnswer(input: ExplainInput, action: DebugAction, hintLevel = 1): DebugAnswer {
  const e = explainError(input);
  const level = Math.min(Math.max(hintLevel, 1), 3);
  const where = e.line ? ` (line ${e.line})` : "";
  const question = "What do you think happens on that line?";
  switch (action) {
    case "simpler":
      return {
        explanation: e,
        hintLevel: 1,
        text: `In short: **${e.title}**${where}.\n\n${firstSentence(e.explanation)}\n\n${e.hints[0]}`,
      };
    case "why":
      return { explanation: e, hintLevel: level, text: `${whyText(e)}\n\n${question}` };
    case "next-hint":
      return {
        explanation: e,
        hintLevel: level,
        text: `Hint ${level} of 3 for **${e.title}**${where}:\n\n> ${e.hints[level - 1]}${level === 3 ? "" : "\n\nTry it, run your code, and tell me what changed."}`,
      };
    case "example":
      return { explanation: e, hintLevel: level, text: exampleOf(e) };
    default:
      return {
        explanation: e,
        hintLevel: 1,
        text: `**${e.title}**${where}\n\n${e.explanation}\n\n**Hint:** ${e.hints[0]}`,
      };
  }
}

function firstSentence(text: string): string {
  return /^[\s\S]*?[.!?](\s|$)/.exec(text)?.[0]?.trim() ?? text;
}

const WHY: Record<string, string> = {
  NameError:
    "Python reads your program from top to bottom and only knows names that were already given a value. A name " +
    "it has not seen yet, or one spelled differently, is unknown to it.",
  TypeError:
    "Each value in Python has a type, like a number or text. Every operation works only with certain types, and " +
    "Python will not guess how to convert one into another for you.",
  IndexError:
    "A list's positions start at 0, so a list of 3 items has positions 0, 1 and 2. Asking for position 3 goes " +
    "one step past the end.",
  KeyError:
    "A dictionary only has the keys you put in it. Looking up a key it does not have is like asking for a word " +
    "that is not in the dictionary.",
  AttributeError:
    "Each type of value comes with its own methods. A list can `.append`, text can `.upper`, but neither can do " +
    "what the other does.",
  ValueError:
    "The value has the right type but a value the operation cannot use, like turning the text 'ten' into a number.",
  ZeroDivisionError: "Dividing by zero has no answer in maths, so Python refuses instead of guessing.",
  SyntaxError:
    "Before running anything, Python checks that every line follows its grammar. One missing colon, bracket or " +
    "quote stops the whole program before it starts.",
  IndentationError:
    "Python uses the spaces at the start of a line to know which lines belong together, so they must line up exactly.",
  UnboundLocalError:
    "When a function assigns to a name anywhere inside it, Python treats that name as the function's own, for " +
    "the whole function — even on lines before the assignment.",
  RecursionError:
    "Every call waits for the call it made to finish. A function that calls itself forever never finishes, so " +
    "the waiting calls pile up until Python stops.",
  Timeout:
    "The computer runs your loop as fast as it can. If the condition never becomes False, the loop never has a " +
    "reason to stop.",
};

function whyText(e: ErrorExplanation): string {
  const general =
    WHY[e.errorType] ??
    "Python stops when a line asks for something it cannot do, and the error message names what went wrong.";
  return `Here is why this happens: ${general}\n\nIn your code: ${firstSentence(e.explanation)}`;
}

const EXAMPLES: Record<string, [string, string]> = {
  NameError: [
    "scores = [3, 5]\nprint(score)   # NameError: 'score' is not 'scores'",
    "The name must match exactly: `scores`.",
  ],
  TypeError: [
    "age = 12\nprint('I am ' + age)   # TypeError: text + number",
    "Turn the number into text first: `str(age)`, or use an f-string.",
  ],
  IndexError: [
    "colors = ['red', 'blue']\nprint(colors[2])   # IndexError: positions are 0 and 1",
    "The last item is `colors[1]`, or `colors[-1]`.",
  ],
  KeyError: [
    "ages = {'ada': 12}\nprint(ages['Ada'])   # KeyError: 'Ada' is not 'ada'",
    "Keys must match exactly; `ages.get('Ada')` gives None instead of an error.",
  ],
  AttributeError: [
    "words = ['hi']\nwords.push('yo')   # AttributeError: lists use .append",
    "Lists add items with `.append(...)`.",
  ],
  ZeroDivisionError: [
    "marks = []\nprint(sum(marks) / len(marks))   # len(marks) is 0",
    "Check `if marks:` before dividing.",
  ],
  ValueError: ["n = int('ten')   # ValueError: 'ten' is not digits", "`int()` only reads digit text like '10'."],
};

function exampleOf(e: ErrorExplanation): string {
  const ex = EXAMPLES[e.errorType];
  if (!ex) return `Here is the same kind of problem in general: ${firstSentence(e.explanation)} ${e.hints[1]}`;
  return `Here is a different, tiny program with the same kind of mistake:\n\n\`\`\`python\n${ex[0]}\n\`\`\`\n\n${ex[1]} Can you spot the same pattern in your code?`;
}

export const KNOWN_TYPES = Object.keys(CATALOG);
