import { byTime, type Activity } from "./activity.ts";
import { workOn } from "./active-time.ts";
import {
  attemptsOf,
  errorTypeOf,
  failed,
  firstPasses,
  gradingRunIds,
  onPassedExercise,
  type Attempt,
} from "./attempts.ts";

// Struggle detection: looks at a student's history each time a new activity arrives and names
// every trigger that the newest activity completes. Each trigger is meant to be true when read
// by a teacher: one submission counts once (attempts.ts), work on an exercise the student has
// already passed is never struggle, streaks must fall within one sitting (windowMinutes), and
// "stuck" counts minutes of work, not minutes on the clock (active-time.ts).

export type Trigger = "repeated-error" | "failed-runs" | "stuck-on-exercise" | "low-quiz-score" | "said-stuck";

export interface Thresholds {
  sameErrorInARow: number;
  failedRunsInARow: number;
  stuckMinutes: number;
  quizBelow: number;
  /** a gap longer than this between two activities on an exercise is a break, not work */
  idleMinutes: number;
  /** runs and submissions needed before a student counts as stuck (one run is not being stuck) */
  stuckAttempts: number;
  /** the errors or failures of a streak all fall within this many minutes */
  windowMinutes: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  sameErrorInARow: 3,
  failedRunsInARow: 5,
  stuckMinutes: 10,
  quizBelow: 50,
  idleMinutes: 5,
  stuckAttempts: 3,
  windowMinutes: 30,
};

export interface Detection {
  trigger: Trigger;
  moduleId: string | null;
  exerciseId?: string;
  summary: string;
  evidence: Activity[];
}

export interface DetectOptions {
  /** per trigger, when a teacher last resolved such an alert: only what came after counts again */
  since?: Partial<Record<Trigger, string>>;
  /** an exercise's title for the summary (the curriculum's, or the one its grade carried) */
  titleOf?: (exerciseId: string) => string | undefined;
}

export function detectStruggles(
  history: Activity[],
  newest: Activity,
  t: Thresholds = DEFAULT_THRESHOLDS,
  opts: DetectOptions = {},
): Detection[] {
  const all = [...history.filter((a) => a.id !== newest.id), newest].sort(byTime);
  const everything = all.slice(0, all.findIndex((a) => a.id === newest.id) + 1);
  const passes = firstPasses(everything);
  const after = (trigger: Trigger) => {
    const from = opts.since?.[trigger];
    return from ? everything.filter((a) => a.time > from) : everything;
  };
  const titled = (id: string) => `“${opts.titleOf?.(id) ?? id}”`;
  const found: Detection[] = [];
  const moduleId = newest.moduleId ?? null;
  const exerciseId = "exerciseId" in newest ? newest.exerciseId : undefined;
  const attemptsAfter = (trigger: Trigger) => attemptsOf(after(trigger)).filter((a) => !onPassedExercise(a, passes));
  const newestOf = (attempts: Attempt[]) => (attempts.at(-1)?.id === newest.id ? attempts.at(-1) : undefined);
  const since = Date.parse(newest.time) - t.windowMinutes * 60_000;
  const inWindow = (a: Activity) => Date.parse(a.time) >= since;

  let attempts = attemptsAfter("repeated-error");
  let newestAttempt = newestOf(attempts);
  const errorType = newestAttempt ? errorTypeOf(newestAttempt) : null;
  if (newestAttempt && errorType) {
    const tail = takeWhileFromEnd(attempts, (a) => errorTypeOf(a) === errorType && inWindow(a));
    if (tail.length >= t.sameErrorInARow)
      found.push({
        trigger: "repeated-error",
        moduleId,
        exerciseId,
        summary: `${errorType} ${tail.length} times in a row`,
        evidence: tail.slice(-t.sameErrorInARow * 2),
      });
  }

  attempts = attemptsAfter("failed-runs");
  newestAttempt = newestOf(attempts);
  if (newestAttempt && failed(newestAttempt)) {
    const tail = takeWhileFromEnd(attempts, (a) => failed(a) && inWindow(a));
    if (tail.length >= t.failedRunsInARow)
      found.push({
        trigger: "failed-runs",
        moduleId,
        exerciseId,
        summary: `${tail.length} failed ${describeKinds(tail)} in a row`,
        evidence: tail.slice(-t.failedRunsInARow * 2),
      });
  }

  if (exerciseId && !passes.has(exerciseId)) {
    const d = stuckOn(exerciseId, after("stuck-on-exercise"), moduleId, t, titled);
    if (d) found.push(d);
  }

  if (newest.kind === "quiz" && newest.score < t.quizBelow) {
    const asked = newest.questions?.length;
    const right = newest.questions?.filter((q) => q.correct).length;
    found.push({
      trigger: "low-quiz-score",
      moduleId,
      summary: `Scored ${newest.score}% on the ${newest.quizId} quiz${asked ? ` (${right} of ${asked} right)` : ""}`,
      evidence: [newest],
    });
  }

  if (newest.kind === "question" && newest.saysStuck) {
    found.push({
      trigger: "said-stuck",
      moduleId,
      exerciseId,
      summary: `Told the tutor: “${newest.message.slice(0, 140)}”`,
      evidence: [newest],
    });
  }
  return found;
}

/** Stuck on an exercise never passed: enough attempts and enough minutes of work (see active-time.ts). */
function stuckOn(
  exerciseId: string,
  history: Activity[],
  moduleId: string | null,
  t: Thresholds,
  titled: (id: string) => string,
  now?: Date,
): Detection | undefined {
  const grading = gradingRunIds(history);
  const work = workOn(exerciseId, history, t.idleMinutes, grading, now);
  if (work.runs + work.submissions < t.stuckAttempts || work.minutes < t.stuckMinutes) return undefined;
  const onIt = attemptsOf(history).filter((a: Attempt) => a.exerciseId === exerciseId);
  const span = (Date.parse(work.last) - Date.parse(work.first)) / 60_000;
  return {
    trigger: "stuck-on-exercise",
    moduleId,
    exerciseId,
    summary:
      `Worked on ${titled(exerciseId)} for ${duration(work.minutes)} without passing ` +
      `(${plural(work.submissions, "submission")}, ${plural(work.runs, "run")} over ${duration(span, true)})`,
    evidence: onIt.slice(-10),
  };
}

/** 12 minutes; under two minutes in seconds (short thresholds in tests and demos must not read "0 minutes") */
function duration(minutes: number, short = false): string {
  if (minutes < 2) return short ? `${Math.floor(minutes * 60)} s` : plural(Math.floor(minutes * 60), "second");
  return short ? `${Math.floor(minutes)} min` : plural(Math.floor(minutes), "minute");
}

function plural(n: number, word: string) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function describeKinds(tail: Attempt[]): string {
  const runs = tail.some((a) => a.kind === "run");
  const subs = tail.some((a) => a.kind === "graded");
  return runs && subs ? "runs or submissions" : subs ? "submissions" : "runs";
}

function takeWhileFromEnd<T>(items: T[], keep: (item: T) => boolean): T[] {
  let i = items.length;
  while (i > 0 && keep(items[i - 1])) i--;
  return items.slice(i);
}

/** How recently a student must have worked on an exercise for the clock-driven check to look at it. */
export const STILL_WORKING_MINUTES = 30;

/**
 * The clock-driven half of "stuck on one exercise": a student who has worked for a while and is
 * now thinking without running anything still gets noticed. Looks at the exercise the student
 * touched last; counts the time since then as work only while it is under `idleMinutes`.
 */
export function stuckOnExerciseNow(
  history: Activity[],
  now: Date,
  t: Thresholds = DEFAULT_THRESHOLDS,
  opts: DetectOptions = {},
): Detection | undefined {
  const sorted = [...history].sort(byTime);
  const last = sorted.at(-1);
  const exerciseId = last && "exerciseId" in last ? last.exerciseId : undefined;
  if (!last || !exerciseId || firstPasses(sorted).has(exerciseId)) return undefined;
  if (now.getTime() - Date.parse(last.time) > STILL_WORKING_MINUTES * 60_000) return undefined;
  const from = opts.since?.["stuck-on-exercise"];
  const considered = from ? sorted.filter((a) => a.time > from) : sorted;
  const titled = (id: string) => `“${opts.titleOf?.(id) ?? id}”`;
  return stuckOn(exerciseId, considered, last.moduleId ?? null, t, titled, now);
}
