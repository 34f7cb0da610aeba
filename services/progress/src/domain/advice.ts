import type { Trigger } from "./struggle.ts";

// What a teacher can try, per trigger and per Python error. Short, concrete, and about the
// student's next step: a question to ask or a thing to look at together, never "give the answer".

const BY_ERROR: Record<string, string> = {
  NameError:
    "Ask them to find where the name in the error is first given a value: a typo, a different capital letter, or " +
    "using it before the line that creates it.",
  SyntaxError:
    "Look at the line in the error and the one above it together: a missing colon, bracket or quote is the usual " +
    "cause.",
  IndentationError:
    "Have them line up the block under its `if`/`for`/`def` with four spaces, and check that tabs and spaces are " +
    "not mixed.",
  TypeError:
    "Ask what type each value on that line is (print `type(x)`): adding text to a number or calling something " +
    "that is not a function is common.",
  ValueError: "Ask what the value was when it failed (print it just before the line): `int()` of text is common.",
  IndexError:
    "Ask them how many items the list has and which position they asked for: counting starts at 0, the last is " +
    "`len(x) - 1`.",
  KeyError: "Have them print the dictionary's keys next to the key they used: spelling or case often differ.",
  AttributeError:
    "Ask what kind of object is on the left of the dot (print `type(x)`), and whether it really has that method.",
  ZeroDivisionError: "Ask where the divisor comes from and when it can be 0: a guard `if d != 0` or a default helps.",
  RecursionError:
    "Ask them to point at the case where the function stops calling itself: it is missing or never reached.",
  ImportError: "Only the standard library is available: ask which module they wanted and why.",
  ModuleNotFoundError: "Only the standard library is available: ask which module they wanted and why.",
};

export function adviceFor(
  trigger: Trigger,
  facts: { errorType?: string; failingCheck?: string; line?: number | null },
): string[] {
  const where = facts.line ? ` Start at line ${facts.line}.` : "";
  switch (trigger) {
    case "repeated-error":
      return [
        (facts.errorType && BY_ERROR[facts.errorType]) ||
          `Read the ${facts.errorType ?? "error"} message with them, word by word, and ask what they think it means.`,
        `The same error keeps coming back, so the change they make each time is not the one that matters.${where}`,
      ];
    case "failed-runs":
      return [
        facts.failingCheck
          ? `Look at the failing check together: “${facts.failingCheck}”. Ask what their code returns for that ` +
            "input."
          : "Ask them to explain, line by line, what their program does before changing it again.",
        "Suggest one small change at a time, running after each, instead of rewriting.",
      ];
    case "stuck-on-exercise":
      return [
        "Ask them to say their plan in words before any code: what goes in, what comes out.",
        facts.failingCheck
          ? `Their latest submission fails “${facts.failingCheck}”: work through that one example by hand together.`
          : "Point them to the exercise's hints (nudge, then concept) before giving more.",
      ];
    case "low-quiz-score":
      return [
        "Open the attempt and go over the questions they missed: the explanations are shown to them too.",
        "Suggest re-reading the module's concepts and trying one exercise before the next attempt.",
      ];
    case "said-stuck":
      return ["Check in with them soon: they asked for help in their own words.", "Read the conversation below first."];
  }
}
