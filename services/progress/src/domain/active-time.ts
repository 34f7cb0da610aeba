import { byTime, type Activity } from "./activity.ts";

// "Stuck for 10 minutes" must mean ten minutes of work, not ten minutes on the clock between two
// runs. Work time on an exercise is the sum of the gaps between consecutive activities that are
// both on that exercise, each gap counted only when it is short enough (idleMinutes) to be the
// same sitting: a student who ran once, left for lunch and ran again has worked seconds, not an hour.

export interface WorkOnExercise {
  exerciseId: string;
  /** minutes of work, as defined above */
  minutes: number;
  /** runs and submissions the student made on it (grading runs not counted twice) */
  runs: number;
  submissions: number;
  first: string;
  last: string;
}

const onExercise = (a: Activity, id: string) => "exerciseId" in a && a.exerciseId === id;

/**
 * Work on `exerciseId` over `history`. `now`, when given, adds the time since the student's last
 * activity if that was on this exercise and at most `idleMinutes` ago (still at it, thinking).
 */
export function workOn(
  exerciseId: string,
  history: Activity[],
  idleMinutes: number,
  gradingRuns: ReadonlySet<string>,
  now?: Date,
): WorkOnExercise {
  const sorted = [...history].sort(byTime);
  const idleMs = idleMinutes * 60_000;
  let ms = 0;
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1];
    const b = sorted[i];
    if (!onExercise(a, exerciseId) || !onExercise(b, exerciseId)) continue;
    const gap = Date.parse(b.time) - Date.parse(a.time);
    if (gap <= idleMs) ms += gap;
  }
  const last = sorted.at(-1);
  if (now && last && onExercise(last, exerciseId)) {
    const tail = now.getTime() - Date.parse(last.time);
    if (tail > 0 && tail <= idleMs) ms += tail;
  }
  const mine = sorted.filter((a) => onExercise(a, exerciseId));
  return {
    exerciseId,
    minutes: ms / 60_000,
    runs: mine.filter((a) => a.kind === "run" && !gradingRuns.has(a.id)).length,
    submissions: mine.filter((a) => a.kind === "graded").length,
    first: mine[0]?.time ?? "",
    last: mine.at(-1)?.time ?? "",
  };
}
