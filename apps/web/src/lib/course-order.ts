import type { ConceptSummary, Module } from "@/server/types";

/** Every lesson in reading order: module by module, then each module's own order. */
export function lessonsInOrder(modules: Module[], concepts: ConceptSummary[]): ConceptSummary[] {
  const rank = new Map(modules.map((m) => [m.id, m.order]));
  return [...concepts].sort((a, b) => (rank.get(a.module) ?? 99) - (rank.get(b.module) ?? 99) || a.order - b.order);
}

const DIFFICULTY = { easy: 0, medium: 1, hard: 2 } as Record<string, number>;

/** Exercises by module order, then easy → hard, then title. */
export function exercisesInOrder<T extends { module: string; difficulty: string; title: string }>(
  modules: Module[],
  exercises: T[],
): T[] {
  const rank = new Map(modules.map((m) => [m.id, m.order]));
  return [...exercises].sort(
    (a, b) =>
      (rank.get(a.module) ?? 99) - (rank.get(b.module) ?? 99) ||
      (DIFFICULTY[a.difficulty] ?? 9) - (DIFFICULTY[b.difficulty] ?? 9) ||
      a.title.localeCompare(b.title),
  );
}

/** Words of a search, each of which must start a word of the text (so "loo" finds "for loops"). */
export function matchesSearch(query: string, ...texts: (string | undefined)[]): boolean {
  const words = query
    .toLowerCase()
    .split(/[^a-z0-9_]+/)
    .filter(Boolean);
  if (words.length === 0) return true;
  const hay = ` ${texts
    .join(" ")
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, " ")}`;
  return words.every((w) => hay.includes(` ${w}`));
}
