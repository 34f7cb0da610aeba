import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_CONTENT_DIR,
  fillText,
  fleschKincaidGrade,
  loadCurriculumSync,
  loadDebugTexts,
} from "@emberlearn/content";
import { DEBUG_CASES } from "../services/debug/src/domain/texts.ts";

// The debug tutor's words: every case the code asks for exists, uses only the placeholders the
// code fills, reads at grade 9 or below with sample values, and links to concepts that exist.
const texts = loadDebugTexts(DEBUG_CASES);
const sample = { atStart: "On line 3", message: "something went wrong", lit: "abc", key: "nmae", guess: "name" };

describe("content/debug", () => {
  it("has every case the code asks for, readable at grade 9 or below", () => {
    expect(Object.keys(texts).sort()).toEqual(Object.keys(DEBUG_CASES).sort());
    for (const [id, t] of Object.entries(texts))
      for (const s of [t.explanation, ...t.hints])
        expect(fleschKincaidGrade(fillText(s, { module: "numpy", ...sample })), `${id}: ${s}`).toBeLessThanOrEqual(9);
  });

  it("links only to concepts in the curriculum", () => {
    const ids = new Set(loadCurriculumSync().concepts.map((c) => c.id));
    const unknown = Object.entries(texts).flatMap(([id, t]) =>
      t.concepts.filter((c) => !ids.has(c)).map((c) => `${id}: ${c}`),
    );
    expect(unknown).toEqual([]);
  });

  it("refuses a placeholder the code does not fill, a missing case and an unknown one", () => {
    const yaml = readFileSync(join(DEFAULT_CONTENT_DIR, "debug/catalog.yaml"), "utf8");
    const tryWith = (text: string) => {
      const root = mkdtempSync(join(tmpdir(), "debug-texts-"));
      mkdirSync(join(root, "debug"));
      writeFileSync(join(root, "debug/catalog.yaml"), text);
      return () => loadDebugTexts(DEBUG_CASES, root);
    };
    expect(tryWith(yaml.replace("a number was divided", "{count} was divided"))).toThrow(
      /zero-division\.explanation uses \{count\}, which the code does not fill/,
    );
    expect(tryWith(yaml.replace(/^system-exit:/m, "system-exits:"))).toThrow(/system-exits is not one/);
    expect(tryWith(yaml.split(/^system-exit:/m)[0])).toThrow(/missing case\(s\) system-exit/);
    expect(() => fillText("{nope}", {})).toThrow(/no value for \{nope\}/);
  });
});
