import type { Exercise } from "./schema.ts";

// Parameterized exercises: {{name}} placeholders in every file, one option per
// parameter. listVariants enumerates every combination (CI checks them all).

export type Assignment = Record<string, string>;

export function listVariants(params: Record<string, string[]> | undefined): Assignment[] {
  const table = params ?? {};
  let combos: Assignment[] = [{}];
  for (const name of Object.keys(table).sort())
    combos = combos.flatMap((c) => table[name].map((option) => ({ ...c, [name]: option })));
  return combos;
}

export function fillPlaceholders(text: string, assignment: Assignment): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => assignment[name] ?? m);
}

export function applyVariant(exercise: Exercise, assignment: Assignment): Exercise {
  const fill = (t: string) => fillPlaceholders(t, assignment);
  return {
    ...exercise,
    title: fill(exercise.title),
    prompt: fill(exercise.prompt),
    starter: fill(exercise.starter),
    solution: fill(exercise.solution),
    tests: fill(exercise.tests),
    helpers: Object.fromEntries(Object.entries(exercise.helpers).map(([name, source]) => [name, fill(source)])),
    files: exercise.files.map((f) => ({ path: f.path, content: fill(f.content) })),
    hints: exercise.hints.map(fill) as Exercise["hints"],
  };
}
