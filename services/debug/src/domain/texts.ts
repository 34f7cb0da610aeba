import { type DebugText, fillText, loadDebugTexts } from "@emberlearn/content";
import { type ErrorContext, type Explanation, atStart } from "./explanation.ts";

// The words live in content/debug/*.yaml; this file says which cases the explainers ask for and
// which {placeholders} each one gets. Loaded once when the service starts: a file that does not
// match this contract stops the start-up with a message naming the case.

const A = ["atStart"] as const;
export const DEBUG_CASES = {
  "value-int-literal": [...A, "lit"],
  "value-unpack": [...A, "message"],
  "key-missing": [...A, "key"],
  "key-missing-guess": [...A, "key", "guess"],
  "zero-division": A,
  "tab-mixed": A,
  "module-not-found": [...A, "module"],
  "file-not-found": [...A, "message"],
  permission: [...A, "message"],
  "is-a-directory": A,
  assertion: A,
  "assertion-message": [...A, "message"],
  "stop-iteration": A,
  overflow: [...A, "message"],
  "unicode-decode": A,
  "keyboard-interrupt": [],
  memory: [],
  "not-implemented": A,
  "changed-size-in-loop": A,
  "eof-input": A,
  "system-exit": [],
} as const satisfies Record<string, readonly string[]>;

export type DebugCase = keyof typeof DEBUG_CASES;

const TEXTS: Record<string, DebugText> = loadDebugTexts(DEBUG_CASES);

/** the case's words with the placeholders filled: {atStart} from the context, the rest from `values` */
export function say(
  id: DebugCase,
  c: ErrorContext,
  values: Record<string, string> = {},
  names: string[] = [],
): Explanation {
  const t = TEXTS[id];
  const v = { atStart: atStart(c), message: c.message, ...values };
  return {
    title: fillText(t.title, v),
    explanation: fillText(t.explanation, v),
    hints: [fillText(t.hints[0], v), fillText(t.hints[1], v), fillText(t.hints[2], v)],
    conceptIds: [...t.concepts],
    names,
  };
}
