import type { FilledExercise, GeneratorFamily } from "@emberlearn/content/generators";
import type { Assignment } from "@emberlearn/content/variants";
import { fillFamily } from "@emberlearn/content/generators";
import type { Difficulty } from "./exercise.ts";

// Offline exercise generation: the families are content (content/generators/<module-id>.yaml); here a
// seed picks one row of each table and one integer per range, and fills the family's placeholders.
// Generated exercises are still checked in the sandbox before they are stored (solution passes,
// starter fails).

export type GeneratedExercise = FilledExercise;
type Rng = () => number;

export function seededRng(seed: number): Rng {
  // mix the seed first: with a bare LCG, nearby seeds (1, 2, 3…) give nearly the same first number,
  // so the first table would always pick the same row
  let s = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
  s = (s ^ (s >>> 13)) >>> 0 || 1;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The placeholder values a seed picks for this difficulty: table rows, then integers, then difficulty text. */
export function chooseValues(family: GeneratorFamily, difficulty: Difficulty, seed: number): Assignment {
  const rng = seededRng(seed);
  const values: Assignment = {};
  for (const table of Object.keys(family.choose).sort()) {
    const rows = family.choose[table];
    Object.assign(values, rows[Math.floor(rng() * rows.length)]);
  }
  const ranges = family.numbers?.[difficulty] ?? {};
  for (const name of Object.keys(ranges).sort()) {
    const [lo, hi] = ranges[name];
    values[name] = String(lo + Math.floor(rng() * (hi - lo + 1)));
  }
  const texts = family.byDifficulty?.[difficulty] ?? {};
  for (const [name, text] of Object.entries(texts))
    values[name] = text.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, n: string) => values[n] ?? m);
  return values;
}

export function generateFromFamily(family: GeneratorFamily, difficulty: Difficulty, seed: number): GeneratedExercise {
  return fillFamily(family, chooseValues(family, difficulty, seed));
}
