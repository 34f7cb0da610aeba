import type { Activity, ModuleCatalog } from "./activity.ts";
import { computeModuleMastery, computeOverall, type ModuleMastery } from "./mastery.ts";
import { computeStreak, localDay, type Streak } from "./streak.ts";
import { nextStep, passedExercises, readConcepts, type NextStep } from "./next-step.ts";
import type { Level } from "./levels.ts";

export interface ProgressReport {
  studentId: string;
  overall: { mastery: number; level: Level };
  /** `started`: the student has done anything in the module (so 0 reads "not started", not "failing") */
  modules: (ModuleMastery & { started: boolean })[];
  streak: Streak;
  next: NextStep | null;
  /** what to mark done in lists: lessons read, exercises passed */
  done: { concepts: string[]; exercises: string[] };
}

export function buildReport(
  studentId: string,
  catalog: ModuleCatalog[],
  activities: Activity[],
  timeZone: string,
  now: Date,
): ProgressReport {
  const modules = [...catalog]
    .sort((a, b) => a.order - b.order)
    .map((m) => ({
      ...computeModuleMastery(m, activities),
      started: activities.some((a) => a.moduleId === m.id),
    }));
  return {
    studentId,
    overall: computeOverall(modules),
    modules,
    streak: computeStreak(activities, timeZone, now),
    next: nextStep(catalog, modules, activities),
    done: { concepts: [...readConcepts(activities)], exercises: [...passedExercises(activities)] },
  };
}

/** Overall mastery at the end of each day the student was active (for the progress chart). */
export function masteryTimeline(
  catalog: ModuleCatalog[],
  activities: Activity[],
  timeZone: string,
): { day: string; mastery: number }[] {
  const days = [...new Set(activities.map((a) => localDay(a.time, timeZone)))].sort();
  return days.map((day) => {
    const upTo = activities.filter((a) => localDay(a.time, timeZone) <= day);
    return { day, mastery: computeOverall(catalog.map((m) => computeModuleMastery(m, upTo))).mastery };
  });
}

/** Each module's mastery (and overall) at the end of each day the student was active: the drill-down's chart. */
export function moduleTimeline(
  catalog: ModuleCatalog[],
  activities: Activity[],
  timeZone: string,
): { day: string; overall: number; modules: Record<string, number> }[] {
  const days = [...new Set(activities.map((a) => localDay(a.time, timeZone)))].sort();
  return days.map((day) => {
    const upTo = activities.filter((a) => localDay(a.time, timeZone) <= day);
    const modules = catalog.map((m) => computeModuleMastery(m, upTo));
    return {
      day,
      overall: computeOverall(modules).mastery,
      modules: Object.fromEntries(modules.map((m) => [m.moduleId, m.mastery])),
    };
  });
}
