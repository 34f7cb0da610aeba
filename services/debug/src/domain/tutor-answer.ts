import { explainError, type ErrorExplanation, type ExplainInput } from "./explain.ts";
import { CATALOG } from "./catalog.ts";
import { type PlainPhrase, phrase } from "./texts.ts";

// The debugging tutor's answer in a conversation: the full explanation first, then (as the student
// asks) a simpler one, the reason why, the next rung of the hint ladder, or another small example of
// the same mistake — never the student's program fixed (the words: content/debug/tutor.yaml).

export type DebugAction = "answer" | "simpler" | "why" | "next-hint" | "example";

export interface DebugAnswer {
  text: string;
  explanation: ErrorExplanation;
  hintLevel: number;
}

export function debugAnswer(input: ExplainInput, action: DebugAction, hintLevel = 1): DebugAnswer {
  const e = explainError(input);
  const level = Math.min(Math.max(hintLevel, 1), 3);
  const where = e.line ? ` ${phrase("tutor-where", { line: String(e.line) })}` : "";
  const { title } = e;
  const sentence = firstSentence(e.explanation);
  switch (action) {
    case "simpler":
      return {
        explanation: e,
        hintLevel: 1,
        text: phrase("tutor-simpler", { title, where, sentence, hint: e.hints[0] }),
      };
    case "why": {
      const reason = phrase(WHY[e.errorType] ?? "why-general");
      return { explanation: e, hintLevel: level, text: phrase("tutor-why", { reason, sentence }) };
    }
    case "next-hint": {
      const hint = e.hints[level - 1];
      const text =
        level === 3
          ? phrase("tutor-last-hint", { title, where, hint })
          : phrase("tutor-next-hint", { level: String(level), title, where, hint });
      return { explanation: e, hintLevel: level, text };
    }
    case "example": {
      const ex = EXAMPLES[e.errorType];
      const text = ex
        ? phrase("tutor-example", { program: phrase(`${ex}-program`), fix: phrase(ex) })
        : phrase("tutor-example-general", { sentence, hint: e.hints[1] });
      return { explanation: e, hintLevel: level, text };
    }
    default:
      return {
        explanation: e,
        hintLevel: 1,
        text: phrase("tutor-answer", { title, where, explanation: e.explanation, hint: e.hints[0] }),
      };
  }
}

function firstSentence(text: string): string {
  return /^[\s\S]*?[.!?](\s|$)/.exec(text)?.[0]?.trim() ?? text;
}

/** the error types with their own reason (content/debug/tutor.yaml, why-…) */
const WHY: Record<string, PlainPhrase> = {
  NameError: "why-name-error",
  TypeError: "why-type-error",
  IndexError: "why-index-error",
  KeyError: "why-key-error",
  AttributeError: "why-attribute-error",
  ValueError: "why-value-error",
  ZeroDivisionError: "why-zero-division-error",
  SyntaxError: "why-syntax-error",
  IndentationError: "why-indentation-error",
  UnboundLocalError: "why-unbound-local-error",
  RecursionError: "why-recursion-error",
  Timeout: "why-timeout",
};

/** the error types with a tiny example program of the same mistake (example-…-program and its fix) */
const EXAMPLES: Record<string, Example> = {
  NameError: "example-name-error",
  TypeError: "example-type-error",
  IndexError: "example-index-error",
  KeyError: "example-key-error",
  AttributeError: "example-attribute-error",
  ZeroDivisionError: "example-zero-division-error",
  ValueError: "example-value-error",
};
type Example = `example-${"name" | "type" | "index" | "key" | "attribute" | "zero-division" | "value"}-error`;

export const KNOWN_TYPES = Object.keys(CATALOG);
