import type { Activity, ModuleCatalog } from "./activity.ts";
import type { ModuleMastery } from "./mastery.ts";

export interface NextStep {
  moduleId: string;
  moduleTitle: string;
  reason: string;
  exercise: { id: string; title: string; difficulty: string } | null;
  /** a lesson to read first: set while the module has not been started and has an unread lesson */
  concept: { id: string; title: string } | null;
}

const ORDER = { easy: 0, medium: 1, hard: 2 } as const;

export const passedExercises = (activities: Activity[]) =>
  new Set(
    activities.filter((a) => a.kind === "graded" && a.passed).map((a) => (a as { exerciseId: string }).exerciseId),
  );
export const readConcepts = (activities: Activity[]) =>
  new Set(activities.filter((a) => a.kind === "concept").map((a) => (a as { conceptId: string }).conceptId));

/** A module's exercises from easiest to hardest, in catalog order within a difficulty. */
export const easiestFirst = (m: ModuleCatalog) =>
  m.exercises.map((e, i) => ({ e, i })).sort((a, b) => ORDER[a.e.difficulty] - ORDER[b.e.difficulty] || a.i - b.i);

/**
 * What to do next: the weakest module (lowest mastery; ties go to the earlier module), and in it
 * the easiest exercise not yet passed. A module not started yet begins with its first unread
 * lesson, so a brand-new student starts with lesson 1 of module 1.
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
  )[0];
  const passed = passedExercises(activities);
  const exercise = easiestFirst(weakest).find(({ e }) => !passed.has(e.id))?.e ?? null;
  const mastery = masteryOf.get(weakest.id) ?? 0;
  const read = readConcepts(activities);
  const lesson =
    mastery === 0
      ? ([...(weakest.concepts ?? [])].sort((a, b) => a.order - b.order).find((c) => !read.has(c.id)) ?? null)
      : null;
  const brandNew = activities.length === 0;
  const reason = brandNew
    ? `Welcome! Start with lesson 1 of ${weakest.title}`
    : mastery === 0
      ? `You have not started ${weakest.title} yet`
      : `${weakest.title} is your weakest module (${mastery}/100)`;
  return {
    moduleId: weakest.id,
    moduleTitle: weakest.title,
    reason,
    exercise: exercise && { id: exercise.id, title: exercise.title, difficulty: exercise.difficulty },
    concept: lesson && { id: lesson.id, title: lesson.title },
  };
}
