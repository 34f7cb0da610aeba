import type { Activity, ModuleCatalog } from "./activity.ts";
import type { ModuleMastery } from "./mastery.ts";

export interface NextStep {
  moduleId: string;
  moduleTitle: string;
  reason: string;
  exercise: { id: string; title: string; difficulty: string } | null;
}

const ORDER = { easy: 0, medium: 1, hard: 2 } as const;

/**
 * What to do next: the weakest module (lowest mastery; ties go to the earlier
 * module), and in it the easiest exercise not yet passed.
 */
export function nextStep(
  catalog: ModuleCatalog[],
  masteries: ModuleMastery[],
  activities: Activity[],
): NextStep | null {
  if (catalog.length === 0) return null;
  const masteryOf = new Map(masteries.map((m) => [m.moduleId, m.mastery]));
  const weakest = [...catalog].sort(
    (a, b) => (masteryOf.get(a.id) ?? 0) - (masteryOf.get(b.id) ?? 0) || a.order - b.order,
  )[0]!;
  const passed = new Set(
    activities.filter((a) => a.kind === "graded" && a.passed).map((a) => (a as { exerciseId: string }).exerciseId),
  );
  const exercise =
    [...weakest.exercises].sort((a, b) => ORDER[a.difficulty] - ORDER[b.difficulty]).find((e) => !passed.has(e.id)) ??
    null;
  const mastery = masteryOf.get(weakest.id) ?? 0;
  const reason =
    mastery === 0
      ? `You have not started ${weakest.title} yet`
      : `${weakest.title} is your weakest module (${mastery}/100)`;
  return {
    moduleId: weakest.id,
    moduleTitle: weakest.title,
    reason,
    exercise: exercise && { id: exercise.id, title: exercise.title, difficulty: exercise.difficulty },
  };
}
