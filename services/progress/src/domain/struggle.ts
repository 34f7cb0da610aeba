import { byTime, type Activity } from "./activity.ts";

// Struggle detection: looks at a student's history each time a new activity
// arrives and names every trigger that the newest activity completes.

export type Trigger = "repeated-error" | "failed-runs" | "stuck-on-exercise" | "low-quiz-score" | "said-stuck";

export interface Thresholds {
  sameErrorInARow: number;
  failedRunsInARow: number;
  stuckMinutes: number;
  quizBelow: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  sameErrorInARow: 3,
  failedRunsInARow: 5,
  stuckMinutes: 10,
  quizBelow: 50,
};

export interface Detection {
  trigger: Trigger;
  moduleId: string | null;
  summary: string;
  evidence: Activity[];
}

type Attempt = Extract<Activity, { kind: "run" | "graded" }>;
const isAttempt = (a: Activity): a is Attempt => a.kind === "run" || a.kind === "graded";
const failed = (a: Attempt) => (a.kind === "run" ? a.status !== "ok" : !a.passed);

export function detectStruggles(
  history: Activity[],
  newest: Activity,
  t: Thresholds = DEFAULT_THRESHOLDS,
): Detection[] {
  const all = [...history.filter((a) => a.id !== newest.id), newest].sort(byTime);
  const upToNewest = all.slice(0, all.findIndex((a) => a.id === newest.id) + 1);
  const found: Detection[] = [];
  const moduleId = newest.moduleId ?? null;

  if (newest.kind === "run" && newest.errorType) {
    const runs = upToNewest.filter((a): a is Extract<Activity, { kind: "run" }> => a.kind === "run");
    const tail = takeWhileFromEnd(runs, (r) => r.errorType === newest.errorType);
    if (tail.length >= t.sameErrorInARow)
      found.push({
        trigger: "repeated-error",
        moduleId,
        summary: `${newest.errorType} ${tail.length} times in a row`,
        evidence: tail.slice(-t.sameErrorInARow * 2),
      });
  }

  if (isAttempt(newest) && failed(newest)) {
    const tail = takeWhileFromEnd(upToNewest.filter(isAttempt), failed);
    if (tail.length >= t.failedRunsInARow)
      found.push({
        trigger: "failed-runs",
        moduleId,
        summary: `${tail.length} failed runs or submissions in a row`,
        evidence: tail.slice(-t.failedRunsInARow * 2),
      });
  }

  const exerciseId = "exerciseId" in newest ? newest.exerciseId : undefined;
  if (exerciseId && !(newest.kind === "graded" && newest.passed)) {
    const onIt = upToNewest.filter((a) => "exerciseId" in a && a.exerciseId === exerciseId);
    const sincePass = takeWhileFromEnd(onIt, (a) => !(a.kind === "graded" && a.passed));
    const minutes = (Date.parse(newest.time) - Date.parse(sincePass[0]!.time)) / 60_000;
    if (minutes >= t.stuckMinutes)
      found.push({
        trigger: "stuck-on-exercise",
        moduleId,
        summary: `Working on ${exerciseId} for ${Math.floor(minutes)} minutes without passing`,
        evidence: sincePass.slice(-10),
      });
  }

  if (newest.kind === "quiz" && newest.score < t.quizBelow) {
    found.push({
      trigger: "low-quiz-score",
      moduleId,
      summary: `Scored ${newest.score}% on the ${newest.quizId} quiz`,
      evidence: [newest],
    });
  }

  if (newest.kind === "question" && newest.saysStuck) {
    found.push({
      trigger: "said-stuck",
      moduleId,
      summary: `Told the tutor: “${newest.message.slice(0, 140)}”`,
      evidence: [newest],
    });
  }
  return found;
}

function takeWhileFromEnd<T>(items: T[], keep: (item: T) => boolean): T[] {
  let i = items.length;
  while (i > 0 && keep(items[i - 1]!)) i--;
  return items.slice(i);
}

/** How recently a student must have worked on an exercise for the clock-driven check to alert. */
export const STILL_WORKING_MINUTES = 30;

/**
 * The clock-driven half of "stuck on one exercise": a student who keeps
 * thinking without running anything still gets noticed. Looks at the exercise
 * the student touched last; alerts when the first attempt since its last pass
 * is `stuckMinutes` old and the student was on it within the last half hour.
 */
export function stuckOnExerciseNow(
  history: Activity[],
  now: Date,
  t: Thresholds = DEFAULT_THRESHOLDS,
): Detection | undefined {
  const onExercises = history.filter((a) => "exerciseId" in a && a.exerciseId).sort(byTime);
  const last = onExercises[onExercises.length - 1];
  if (!last || (last.kind === "graded" && last.passed)) return undefined;
  const exerciseId = (last as { exerciseId: string }).exerciseId;
  if (now.getTime() - Date.parse(last.time) > STILL_WORKING_MINUTES * 60_000) return undefined;
  const sincePass = takeWhileFromEnd(
    onExercises.filter((a) => (a as { exerciseId?: string }).exerciseId === exerciseId),
    (a) => !(a.kind === "graded" && a.passed),
  );
  const minutes = (now.getTime() - Date.parse(sincePass[0]!.time)) / 60_000;
  if (minutes < t.stuckMinutes) return undefined;
  return {
    trigger: "stuck-on-exercise",
    moduleId: last.moduleId ?? null,
    summary: `Working on ${exerciseId} for ${Math.floor(minutes)} minutes without passing`,
    evidence: sincePass.slice(-10),
  };
}
