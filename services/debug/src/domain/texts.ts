import { fillText, loadDebugTexts } from "@emberlearn/content";
import type { ErrorContext, Explanation } from "./explanation.ts";
import { DEBUG_CASES } from "./text-cases.ts";
import { DEBUG_PHRASES } from "./text-phrases.ts";

// The words live in content/debug/*.yaml; text-cases.ts and text-phrases.ts say which the explainers ask
// for and which {{placeholders}} each one gets. Loaded once when the service starts: a file that does not
// match the contract stops the start-up with a message naming the case. The types below make tsc check
// that every call fills exactly the placeholders its case declares.

export { DEBUG_CASES, DEBUG_PHRASES };
export type DebugCase = keyof typeof DEBUG_CASES;
export type DebugPhrase = keyof typeof DEBUG_PHRASES;

/** what `say` fills from the error itself */
type FromContext = "at" | "atStart" | "message";
type Needs<K extends DebugCase, Skip extends string> = Exclude<(typeof DEBUG_CASES)[K][number], Skip>;
type Values<P extends string> = [P] extends [never] ? [values?: Record<string, never>] : [values: Record<P, string>];
type CaseArgs<K extends DebugCase, Skip extends string> = [...Values<Needs<K, Skip>>, names?: string[]];
/** the cases and phrases that need nothing but the error itself */
export type PlainCase = { [K in DebugCase]: [Needs<K, FromContext>] extends [never] ? K : never }[DebugCase];
export type PlainPhrase = {
  [K in DebugPhrase]: (typeof DEBUG_PHRASES)[K] extends readonly [] ? K : never;
}[DebugPhrase];

const TEXTS = loadDebugTexts({ cases: DEBUG_CASES, phrases: DEBUG_PHRASES });

function fill(id: DebugCase, v: Record<string, string>, names: string[] = []): Explanation {
  const t = TEXTS.cases[id];
  return {
    title: fillText(t.title, v),
    explanation: fillText(t.explanation, v),
    hints: [fillText(t.hints[0], v), fillText(t.hints[1], v), fillText(t.hints[2], v)],
    conceptIds: [...t.concepts],
    names,
  };
}

/** a case's words with every placeholder given by the caller (for outcomes that are not an exception) */
export function explain<K extends DebugCase>(id: K, ...args: CaseArgs<K, never>): Explanation {
  const [values, names] = args as unknown as [Record<string, string> | undefined, string[] | undefined];
  return fill(id, values ?? {}, names);
}

/** the case's words for an error: {{at}}, {{atStart}} and {{message}} from the context, the rest from `values` */
export function say<K extends DebugCase>(id: K, c: ErrorContext, ...args: CaseArgs<K, FromContext>): Explanation {
  const [values, names] = args as unknown as [Record<string, string> | undefined, string[] | undefined];
  return fill(id, { at: at(c), atStart: atStart(c), message: c.message, ...values }, names);
}

/** "on line 3" or "in your code", and the same at the start of a sentence */
export const at = (c: ErrorContext) => (c.line ? phrase("at-line", { line: String(c.line) }) : phrase("at-code"));
export const atStart = (c: ErrorContext) =>
  c.line ? phrase("at-start-line", { line: String(c.line) }) : phrase("at-start-code");

/** a phrase filled, to be put into a case as one of its values */
export function phrase<K extends DebugPhrase>(id: K, ...args: Values<(typeof DEBUG_PHRASES)[K][number]>): string {
  return fillText(TEXTS.phrases[id], args[0] ?? {});
}
