import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_CONTENT_DIR,
  fillText,
  fleschKincaidGrade,
  loadCurriculumSync,
  loadDebugTexts,
  placeholders,
} from "@emberlearn/content";
import { DEBUG_CASES } from "../services/debug/src/domain/text-cases.ts";
import { DEBUG_PHRASES } from "../services/debug/src/domain/text-phrases.ts";

// The debug tutor's words: every case and phrase the code asks for exists, uses only the placeholders
// the code fills, reads at grade 9 or below with sample values, and links to concepts that exist.
const contract = { cases: DEBUG_CASES, phrases: DEBUG_PHRASES };
const texts = loadDebugTexts(contract);
// one plausible value per placeholder the code fills (a new placeholder needs one here)
const sample: Record<string, string> = {
  ...{ at: "on line 3", atStart: "On line 3", message: "something went wrong", reason: "something went wrong" },
  ...{ line: "3", lit: "abc", key: "nmae", guess: "name", module: "numpy", name: "total", type: "int" },
  ...{ op: "+", left: "int", right: "str", other: "int", detail: "missing 1 required positional argument: 'n'" },
  ...{ attr: "push", owner: "`words`, a list,", seq: "items", idx: "i", index: "3", kind: "list" },
  ...{ facts: "`items` has 3 items, so its positions go from 0 to 2.", count: "3 items", last: "2", length: "3" },
  ...{ fn: "math.sqrt", arg: "x", value: "`-1`", got: "`x`, which is `-1`", needs: "0 or a positive number" },
  ...{ method: "bark", params: "", class: "Dog", where: "On line 3 (`def = 2`)", code: "def = 2", word: "def" },
  ...{ target: "function call", close: ")", open: "[", partner: "]", closeKind: "round", openKind: "square" },
  ...{ condition: "count < 5", failing: "1", total: "3", got: "5", expected: "6", said: "two more than 2" },
  ...{ output: "4\nNone", title: "`totl` is not defined", explanation: "Python does not know the name `totl`." },
  ...{ hint: "Look closely at how `totl` is spelled.", sentence: "Python does not know the name `totl`." },
  ...{ level: "2", program: "print(score)", fix: "The name must match exactly." },
  ...{ values: "`age` is `12` (a whole number)", repr: "12", what: "a whole number", len: "3" },
};

describe("content/debug", () => {
  it("has every case and phrase the code asks for, readable at grade 9 or below", () => {
    expect(Object.keys(texts.cases).sort()).toEqual(Object.keys(DEBUG_CASES).sort());
    expect(Object.keys(texts.phrases).sort()).toEqual(Object.keys(DEBUG_PHRASES).sort());
    const filled = [
      ...Object.entries(texts.cases).flatMap(([id, t]) => [t.explanation, ...t.hints].map((s) => [id, s])),
      // the phrases that are sentences: a fragment ("a decimal number") is read inside the case it fills,
      // and the example programs are Python, not prose
      ...Object.entries(texts.phrases).filter(([id, t]) => !id.endsWith("-program") && /[.?!]$/.test(t)),
    ];
    for (const [id, s] of filled) expect(fleschKincaidGrade(fillText(s, sample)), `${id}: ${s}`).toBeLessThanOrEqual(9);
  });

  it("has a sample value for every placeholder the code fills", () => {
    const all = new Set([...Object.values(DEBUG_CASES), ...Object.values(DEBUG_PHRASES)].flat());
    expect([...all].filter((p) => !(p in sample))).toEqual([]);
  });

  it("links only to concepts in the curriculum", () => {
    const ids = new Set(loadCurriculumSync().concepts.map((c) => c.id));
    const unknown = Object.entries(texts.cases).flatMap(([id, t]) =>
      t.concepts.filter((c) => !ids.has(c)).map((c) => `${id}: ${c}`),
    );
    expect(unknown).toEqual([]);
  });

  it("refuses a placeholder the code does not fill, a missing case, an unknown one and a misplaced phrase", () => {
    const yaml = readFileSync(join(DEFAULT_CONTENT_DIR, "debug/catalog.yaml"), "utf8");
    const others = readdirSync(join(DEFAULT_CONTENT_DIR, "debug")).filter((f) => f !== "catalog.yaml");
    const tryWith = (text: string) => {
      const root = mkdtempSync(join(tmpdir(), "debug-texts-"));
      mkdirSync(join(root, "debug"));
      for (const f of others)
        writeFileSync(join(root, "debug", f), readFileSync(join(DEFAULT_CONTENT_DIR, "debug", f)));
      writeFileSync(join(root, "debug/catalog.yaml"), text);
      return () => loadDebugTexts(contract, root);
    };
    expect(tryWith(yaml)).not.toThrow();
    expect(tryWith(yaml.replace("a number was divided", "{{count}} was divided"))).toThrow(
      /zero-division\.explanation uses \{\{count\}\}, which the code does not fill/,
    );
    expect(tryWith(yaml.replace("has no such key.", "has no such {key}."))).toThrow(
      /key-missing\.explanation has \{key\}: write \{\{key\}\}/,
    );
    expect(tryWith(yaml.replace(/^system-exit:/m, "system-exits:"))).toThrow(/system-exits is not one/);
    expect(tryWith(yaml.split(/^system-exit:/m)[0])).toThrow(/missing case\(s\) system-exit/);
    expect(tryWith(`${yaml}\nno-message:\n  title: x\n`)).toThrow(/no-message is a phrase: it must be one string/);
    expect(tryWith(`${yaml.split(/^system-exit:/m)[0]}system-exit: The program stopped\n`)).toThrow(
      /system-exit is a case: it needs title, explanation, hints/,
    );
    expect(tryWith(`${yaml}\nname-unknown: a name\n`)).toThrow(/name-unknown is also in another file/);
    expect(tryWith(yaml.replace('"{{atStart}} a number', "{{atStart}} a number"))).toThrow(
      /catalog\.yaml: not valid YAML .* needs quotes/,
    );
    expect(tryWith(yaml.replace(/^(\s+)- Which value is the divisor.*\n/m, ""))).toThrow(
      /catalog\.yaml: zero-division: hints/,
    );
    expect(tryWith(`${yaml}\nZero_Division: x\n`)).toThrow(/Zero_Division is not a kebab-case id/);
    expect(tryWith(`${yaml}\nno-message: "  "\n`)).toThrow(/catalog\.yaml: no-message Too small/);
    expect(tryWith("- a list\n")).toThrow(/catalog\.yaml: Invalid input: expected record/);
    expect(() => loadDebugTexts({ cases: DEBUG_CASES, phrases: { memory: [] } })).toThrow(
      /memory is both a case and a phrase in the contract/,
    );
    expect(() => fillText("{{nope}}", {})).toThrow(/no value for \{\{nope\}\}/);
    expect(fillText('`f"{total}"` {{x}}', { x: "{{y}}" })).toBe('`f"{total}"` {{y}}');
  });

  it("uses in every text only placeholders the contract gives that id", () => {
    for (const [id, t] of Object.entries(texts.cases))
      for (const s of [t.title, t.explanation, ...t.hints])
        for (const p of placeholders(s)) expect(DEBUG_CASES[id as keyof typeof DEBUG_CASES]).toContain(p);
  });
});
