import { byTime, type Activity } from "./activity.ts";

// A submission reaches progress twice: the sandbox reports the grading run (code.executed, usually
// status "ok" because the code loaded, even when checks failed) and the exercise service reports the
// grade (exercise.graded). Counted separately, one failed submission looks like an ok run plus a
// failure, or like two failures. These helpers see one attempt per submission.

export type Run = Extract<Activity, { kind: "run" }>;
export type Graded = Extract<Activity, { kind: "graded" }>;
export type Attempt = Run | Graded;

/** How far before its grade a grading run may start (the sandbox allows 20 s) and after it (clock skew). */
const GRADING_RUN_BEFORE_MS = 40_000;
const GRADING_RUN_AFTER_MS = 5_000;

/**
 * Ids of the runs that were the sandbox half of a graded submission: the latest run on the same
 * exercise just before each grade.
 */
export function gradingRunIds(history: Activity[]): Set<string> {
  const sorted = [...history].sort(byTime);
  const paired = new Set<string>();
  for (const g of sorted) {
    if (g.kind !== "graded") continue;
    const at = Date.parse(g.time);
    let best: Run | undefined;
    for (const r of sorted) {
      if (r.kind !== "run" || r.exerciseId !== g.exerciseId || paired.has(r.id)) continue;
      const t = Date.parse(r.time);
      if (t < at - GRADING_RUN_BEFORE_MS || t > at + GRADING_RUN_AFTER_MS) continue;
      if (!best || t >= Date.parse(best.time)) best = r;
    }
    if (best) paired.add(best.id);
  }
  return paired;
}

/** The student's attempts (runs and submissions), one per submission, oldest first. */
export function attemptsOf(history: Activity[]): Attempt[] {
  const grading = gradingRunIds(history);
  return [...history]
    .sort(byTime)
    .filter((a): a is Attempt => (a.kind === "run" && !grading.has(a.id)) || a.kind === "graded");
}

export const failed = (a: Attempt) => (a.kind === "run" ? a.status !== "ok" : !a.passed);

/** The error type an attempt ended with: a run's exception, or a submission whose code did not load. */
export const errorTypeOf = (a: Attempt): string | null => (a.kind === "run" ? a.errorType : (a.error?.type ?? null));

/** When the student first passed each exercise. */
export function firstPasses(history: Activity[]): Map<string, string> {
  const passes = new Map<string, string>();
  for (const a of [...history].sort(byTime))
    if (a.kind === "graded" && a.passed && !passes.has(a.exerciseId)) passes.set(a.exerciseId, a.time);
  return passes;
}

/** True when the activity was on an exercise the student had already passed by then. */
export function onPassedExercise(a: Activity, passes: Map<string, string>): boolean {
  const id = "exerciseId" in a ? a.exerciseId : undefined;
  const passedAt = id ? passes.get(id) : undefined;
  if (!passedAt) return false;
  // the passing submission itself is not "after" the pass
  return a.time > passedAt || (a.time === passedAt && !(a.kind === "graded" && a.passed));
}
