import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { ContentError } from "./exercise-folder.ts";
import { DEFAULT_CONTENT_DIR } from "./load.ts";

// The debug tutor's words (content/debug/*.yaml). Two kinds of entry: a case (title, explanation, three
// hints, concepts) is a whole explanation; a phrase (one string) is a piece the code fills and puts into a
// case, where a sentence changes with what was matched ("`scores`, a list," or "a list"). The code says
// which ids exist and which {{placeholders}} each one gets (the contract); a file that lacks an id, adds
// one, uses a placeholder the code does not fill, or puts a phrase where a case belongs is refused at
// load time, so a student never sees "undefined" or a raw "{{name}}". The template language is the
// rest of content's: {{name}} and nothing else; single braces are plain text (`f"{total}"`).

const text = z.string().trim().min(1);
export const debugTextSchema = z.strictObject({
  title: text,
  explanation: text,
  hints: z.tuple([text, text, text]),
  concepts: z.array(z.string().min(1)),
});
export type DebugText = z.infer<typeof debugTextSchema>;
const fileSchema = z.record(z.string(), z.unknown());

/** id → the placeholders the code fills for it */
export type DebugContract = Record<string, readonly string[]>;
export interface DebugTexts {
  cases: Record<string, DebugText>;
  phrases: Record<string, string>;
}

const PLACEHOLDER = /\{\{([a-zA-Z]+)\}\}/g;
export const placeholders = (s: string) => [...s.matchAll(PLACEHOLDER)].map((m) => m[1]);

/** plain {{name}} substitution; a placeholder without a value is a bug, never shown */
export function fillText(s: string, values: Record<string, string>): string {
  return s.replace(PLACEHOLDER, (_, k: string) => {
    if (!Object.hasOwn(values, k)) throw new ContentError(`debug text: no value for {{${k}}}`);
    return values[k];
  });
}

function readFile(dir: string, f: string): Record<string, unknown> {
  let raw: unknown;
  try {
    raw = parse(readFileSync(join(dir, f), "utf8"));
  } catch (err) {
    const first = (err as Error).message.split("\n")[0];
    throw new ContentError(
      `content/debug/${f}: not valid YAML (${first}); a text that starts with {{ or \` needs quotes`,
    );
  }
  return parsed(fileSchema, raw, `content/debug/${f}:`);
}

function parsed<T>(schema: z.ZodType<T>, raw: unknown, where: string): T {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue.path.join(".");
  throw new ContentError(`${where}${path ? ` ${path}` : ""} ${issue.message}`);
}

/** the texts of one entry, by field, checked against the placeholders the code fills */
function checkPlaceholders(where: string, fields: [string, string][], allowed: readonly string[]) {
  for (const [field, s] of fields) {
    for (const p of placeholders(s))
      if (!allowed.includes(p)) throw new ContentError(`${where}.${field} uses {{${p}}}, which the code does not fill`);
    // {name} with one brace is plain text, but with a placeholder's name it is a typo for {{name}}
    for (const m of s.matchAll(/(?<!\{)\{([a-zA-Z]+)\}(?!\})/g))
      if (allowed.includes(m[1])) throw new ContentError(`${where}.${field} has {${m[1]}}: write {{${m[1]}}}`);
  }
}

export function loadDebugTexts(
  contract: { cases: DebugContract; phrases?: DebugContract },
  root = DEFAULT_CONTENT_DIR,
): DebugTexts {
  const phraseContract = contract.phrases ?? {};
  const both = Object.keys(phraseContract).filter((id) => contract.cases[id]);
  if (both.length)
    throw new ContentError(`debug texts: ${both.join(", ")} is both a case and a phrase in the contract`);
  const dir = join(root, "debug");
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".yaml")) : [];
  const out: DebugTexts = { cases: {}, phrases: {} };
  for (const f of files.sort()) {
    for (const [id, raw] of Object.entries(readFile(dir, f))) {
      const where = `content/debug/${f}: ${id}`;
      if (!/^[a-z][a-z0-9-]*$/.test(id)) throw new ContentError(`${where} is not a kebab-case id`);
      if (out.cases[id] || out.phrases[id]) throw new ContentError(`${where} is also in another file`);
      if (phraseContract[id]) {
        if (typeof raw !== "string") throw new ContentError(`${where} is a phrase: it must be one string`);
        const t = parsed(text, raw, where);
        checkPlaceholders(where, [["text", t]], phraseContract[id]);
        out.phrases[id] = t;
        continue;
      }
      if (!contract.cases[id]) throw new ContentError(`${where} is not one the debug tutor uses`);
      if (typeof raw === "string") throw new ContentError(`${where} is a case: it needs title, explanation, hints`);
      const t = parsed(debugTextSchema, raw, `${where}:`);
      const fields: [string, string][] = [
        ["title", t.title],
        ["explanation", t.explanation],
      ];
      checkPlaceholders(
        where,
        [...fields, ...t.hints.map((h, i): [string, string] => [`hints.${i}`, h])],
        contract.cases[id],
      );
      out.cases[id] = t;
    }
  }
  const missing = [...Object.keys(contract.cases), ...Object.keys(phraseContract)].filter(
    (id) => !out.cases[id] && !out.phrases[id],
  );
  if (missing.length) throw new ContentError(`content/debug: missing case(s) ${missing.join(", ")}`);
  return out;
}
