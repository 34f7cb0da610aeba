import { z } from "zod";
import { type PlainPhrase, phrase } from "./texts.ts";

// The sandbox harness's analysis of an error (runner/explain.py: friendly-traceback's cause plus
// the values on the failing line), as the run result's `error.analysis`. Untrusted text from the
// student's own process: read defensively, used only to explain, never to grade.

const variable = z
  .object({
    name: z.string().max(200),
    scope: z.string().max(20).optional(),
    type: z.string().max(100).optional(),
    repr: z.string().max(400).optional(),
    len: z.number().int().optional(),
    returnsValue: z.boolean().nullable().optional(),
  })
  .passthrough();
const analysis = z
  .object({
    engine: z.string().max(40).optional(),
    cause: z.string().max(4000).optional(),
    suggest: z.string().max(2000).optional(),
    generic: z.string().max(4000).optional(),
    lineText: z.string().max(2000).optional(),
    variables: z.array(variable).max(40).optional(),
  })
  .passthrough();

export type Analysis = z.infer<typeof analysis>;
export type AnalysisVariable = z.infer<typeof variable>;

export function readAnalysis(raw: unknown): Analysis | undefined {
  const parsed = analysis.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** "`age` is `12` (a whole number)": the student's own names and values on the failing line. */
export function describeValues(vars: AnalysisVariable[] | undefined, skip: string[] = []): string | undefined {
  const shown = (vars ?? [])
    .filter((v) => !skip.includes(v.name) && v.scope !== "undefined" && v.type !== "module")
    .slice(0, 3)
    .map((v) => {
      const { name } = v;
      if (v.type === "function")
        return phrase(v.returnsValue === false ? "value-function-no-return" : "value-function", { name });
      const type = TYPE_WORDS[v.type ?? ""];
      const what = type
        ? phrase(type)
        : v.type
          ? phrase("value-type-other", { type: v.type })
          : phrase("value-type-unknown");
      if (v.repr && v.repr.length <= 40) return phrase("value-is-repr", { name, repr: v.repr, what });
      return v.len !== undefined && v.type !== "str"
        ? phrase("value-is-sized", { name, what, len: String(v.len) })
        : phrase("value-is", { name, what });
    });
  return shown.length ? phrase("values-on-line", { values: shown.join(", ") }) : undefined;
}

/** Python's type names with words of their own (content/debug/values.yaml) */
const TYPE_WORDS: Record<string, PlainPhrase> = {
  int: "value-type-int",
  float: "value-type-float",
  str: "value-type-str",
  bool: "value-type-bool",
  NoneType: "value-type-none",
  list: "value-type-list",
  dict: "value-type-dict",
  tuple: "value-type-tuple",
  set: "value-type-set",
};

/** friendly-traceback's cause as a student reads it: one paragraph, no console instructions. */
export function cleanCause(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const cleaned = text
    .replace(/\n\s*\d+:.*\n\s*\^+.*$/gm, "")
    .replace(/\s*\n\s*/g, " ")
    .trim();
  return cleaned.length >= 10 ? cleaned : undefined;
}
