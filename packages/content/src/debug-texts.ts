import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { ContentError } from "./exercise-folder.ts";
import { DEFAULT_CONTENT_DIR } from "./load.ts";

// The debug tutor's words (content/debug/*.yaml): one entry per case the explainer code can ask for.
// The code says which cases exist and which {placeholders} each one gets (the contract); a file that
// lacks a case, adds one, or uses a placeholder the code does not fill is refused at load time, so a
// student never sees "undefined" or a raw "{name}".

const text = z.string().trim().min(1);
export const debugTextSchema = z.strictObject({
  title: text,
  explanation: text,
  hints: z.tuple([text, text, text]),
  concepts: z.array(z.string().min(1)),
});
export type DebugText = z.infer<typeof debugTextSchema>;
const fileSchema = z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), debugTextSchema);

/** case id → the placeholders the code fills for it */
export type DebugContract = Record<string, readonly string[]>;

export const placeholders = (s: string) => [...s.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]);

/** plain {name} substitution; a placeholder without a value is a bug, never shown */
export function fillText(s: string, values: Record<string, string>): string {
  return s.replace(/\{([a-zA-Z]+)\}/g, (_, k: string) => {
    if (!(k in values)) throw new ContentError(`debug text: no value for {${k}}`);
    return values[k];
  });
}

export function loadDebugTexts(contract: DebugContract, root = DEFAULT_CONTENT_DIR): Record<string, DebugText> {
  const dir = join(root, "debug");
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".yaml")) : [];
  const texts: Record<string, DebugText> = {};
  for (const f of files.sort()) {
    const result = fileSchema.safeParse(parse(readFileSync(join(dir, f), "utf8")));
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new ContentError(`content/debug/${f}: ${issue.path.join(".") || "(file)"} ${issue.message}`);
    }
    for (const [id, t] of Object.entries(result.data)) {
      if (texts[id]) throw new ContentError(`content/debug/${f}: case ${id} is also in another file`);
      if (!contract[id]) throw new ContentError(`content/debug/${f}: case ${id} is not one the debug tutor uses`);
      for (const [field, s] of [
        ["title", t.title],
        ["explanation", t.explanation],
        ...t.hints.map((h, i) => [`hints.${i}`, h]),
      ])
        for (const p of placeholders(s))
          if (!contract[id].includes(p))
            throw new ContentError(`content/debug/${f}: ${id}.${field} uses {${p}}, which the code does not fill`);
      texts[id] = t;
    }
  }
  const missing = Object.keys(contract).filter((id) => !texts[id]);
  if (missing.length) throw new ContentError(`content/debug: missing case(s) ${missing.join(", ")}`);
  return texts;
}
