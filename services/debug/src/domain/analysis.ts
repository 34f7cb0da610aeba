import { z } from "zod";

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
      if (v.type === "function")
        return `${code(v.name)} is a function${v.returnsValue === false ? " with no `return` value" : ""}`;
      const what = TYPE_WORDS[v.type ?? ""] ?? `a ${v.type ?? "value"}`;
      const size = v.len !== undefined && v.type !== "str" ? ` with ${v.len} items` : "";
      return v.repr && v.repr.length <= 40
        ? `${code(v.name)} is ${code(v.repr)} (${what})`
        : `${code(v.name)} is ${what}${size}`;
    });
  return shown.length ? `On that line, ${shown.join(", ")}.` : undefined;
}

const TYPE_WORDS: Record<string, string> = {
  int: "a whole number",
  float: "a decimal number",
  str: "text",
  bool: "True or False",
  NoneType: "None, meaning no value",
  list: "a list",
  dict: "a dictionary",
  tuple: "a tuple",
  set: "a set",
};

const code = (s: string) => `\`${s}\``;

/** friendly-traceback's cause as a student reads it: one paragraph, no console instructions. */
export function cleanCause(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const cleaned = text
    .replace(/\n\s*\d+:.*\n\s*\^+.*$/gm, "")
    .replace(/\s*\n\s*/g, " ")
    .trim();
  return cleaned.length >= 10 ? cleaned : undefined;
}
