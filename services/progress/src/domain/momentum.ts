import { byTime, type Activity, type ModuleCatalog } from "./activity.ts";
import { computeModuleMastery } from "./mastery.ts";
import { easiestFirst, passedExercises, readConcepts } from "./next-step.ts";

// What a student sees right after a submission is graded: how the module's mastery moved
// (before → after that one grade) and the one next thing to do.

export type NextThing =
  | { kind: "exercise"; id: string; title: string }
  | { kind: "concept"; id: string; title: string };

export interface Momentum {
  moduleId: string;
  moduleTitle: string;
  before: number;
  after: number;
  passed: boolean;
  next: NextThing | null;
}

/** undefined while the grade's event has not reached progress yet (the caller asks again). */
export function momentumAfter(
  catalog: ModuleCatalog[],
  activities: Activity[],
  submissionId: string,
): Momentum | undefined {
  const sorted = [...activities].sort(byTime);
  const at = sorted.findIndex((a) => a.kind === "graded" && a.submissionId === submissionId);
  if (at < 0) return undefined;
  const graded = sorted[at] as Extract<Activity, { kind: "graded" }>;
  const module = catalog.find((m) => m.id === graded.moduleId) ?? {
    id: graded.moduleId,
    title: graded.moduleId,
    order: 99,
    exercises: [],
  };
  const before = computeModuleMastery(module, sorted.slice(0, at)).mastery;
  const after = computeModuleMastery(module, sorted.slice(0, at + 1)).mastery;
  return {
    moduleId: module.id,
    moduleTitle: module.title,
    before,
    after,
    passed: graded.passed,
    next: nextAfter(catalog, sorted, module, graded.exerciseId),
  };
}

/** The next unpassed exercise of the same module, else the next module's first unread lesson or exercise. */
export function nextAfter(
  catalog: ModuleCatalog[],
  activities: Activity[],
  module: ModuleCatalog,
  exerciseId: string,
): NextThing | null {
  const passed = passedExercises(activities);
  const read = readConcepts(activities);
  const todo = (m: ModuleCatalog) => easiestFirst(m).find(({ e }) => !passed.has(e.id) && e.id !== exerciseId)?.e;
  const same = todo(module);
  if (same) return { kind: "exercise", id: same.id, title: same.title };
  const later = [...catalog].sort((a, b) => a.order - b.order).filter((m) => m.order > module.order);
  for (const m of later) {
    const lesson = [...(m.concepts ?? [])].sort((a, b) => a.order - b.order).find((c) => !read.has(c.id));
    if (lesson) return { kind: "concept", id: lesson.id, title: lesson.title };
    const exercise = todo(m);
    if (exercise) return { kind: "exercise", id: exercise.id, title: exercise.title };
  }
  return null;
}
