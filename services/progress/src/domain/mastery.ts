import { byTime, DIFFICULTY_WEIGHT, type Activity, type ModuleCatalog } from "./activity.ts";
import { levelFor, type Level } from "./levels.ts";
import { quizCredit, type QuizActivity } from "./quiz-credit.ts";

// mastery = 0.40·exercise + 0.30·quiz + 0.20·code quality + 0.10·consistency
// Each component is 0–100 and explains itself (see docs/mastery.md).

export const WEIGHTS = { exercise: 0.4, quiz: 0.3, codeQuality: 0.2, consistency: 0.1 } as const;
export type ComponentName = keyof typeof WEIGHTS;

/** Recent quality scores considered, and the consistency window. */
export const QUALITY_WINDOW = 10;
export const CONSISTENCY_WINDOW_DAYS = 14;
export const CONSISTENCY_TARGET_DAYS = 5;

export interface Reason {
  text: string;
  /** effect on the component, in points, when it can be attributed */
  effect?: number;
}

export interface Component {
  name: ComponentName;
  value: number;
  weight: number;
  /** value × weight: the points this component adds to mastery */
  contribution: number;
  reasons: Reason[];
}

export interface ModuleMastery {
  moduleId: string;
  title: string;
  mastery: number;
  level: Level;
  components: Component[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function computeModuleMastery(module: ModuleCatalog, activities: Activity[]): ModuleMastery {
  const mine = activities.filter((a) => a.moduleId === module.id).sort(byTime);
  const components = [
    exerciseComponent(module, mine),
    quizComponent(mine),
    qualityComponent(mine),
    consistencyComponent(mine),
  ];
  const mastery = Math.round(components.reduce((sum, c) => sum + c.contribution, 0));
  return { moduleId: module.id, title: module.title, mastery, level: levelFor(mastery), components };
}

/** Overall mastery: the mean over every module of the course (modules not started count as 0). */
export function computeOverall(modules: ModuleMastery[]): { mastery: number; level: Level } {
  const mastery = modules.length ? Math.round(modules.reduce((s, m) => s + m.mastery, 0) / modules.length) : 0;
  return { mastery, level: levelFor(mastery) };
}

function component(name: ComponentName, value: number, reasons: Reason[]): Component {
  const v = Math.max(0, Math.min(100, round1(value)));
  return { name, value: v, weight: WEIGHTS[name], contribution: round1(v * WEIGHTS[name]), reasons };
}

/** Difficulty-weighted best score over all of the module's exercises (easy 1, medium 2, hard 3). */
function exerciseComponent(module: ModuleCatalog, acts: Activity[]): Component {
  const total = module.exercises.reduce((s, e) => s + DIFFICULTY_WEIGHT[e.difficulty], 0);
  const best = new Map<string, { score: number; difficulty: keyof typeof DIFFICULTY_WEIGHT }>();
  for (const a of acts)
    if (a.kind === "graded" && a.score > (best.get(a.exerciseId)?.score ?? -1))
      best.set(a.exerciseId, { score: a.score, difficulty: a.difficulty });
  if (total === 0 || best.size === 0)
    return component("exercise", 0, [{ text: "No exercise submitted in this module yet" }]);
  const reasons: Reason[] = [];
  let earned = 0;
  for (const [id, b] of best) {
    const points = (b.score * DIFFICULTY_WEIGHT[b.difficulty]) / total;
    earned += points;
    const title = module.exercises.find((e) => e.id === id)?.title ?? id;
    reasons.push({ text: `${title} (${b.difficulty}): best score ${b.score}`, effect: round1(points) });
  }
  const remaining = module.exercises.length - best.size;
  if (remaining > 0) reasons.push({ text: `${remaining} of ${module.exercises.length} exercises not tried yet` });
  return component("exercise", earned, reasons);
}

/** Per question asked: latest answer right earns 1 (right the first time) or 0.5 (right after feedback). */
function quizComponent(acts: Activity[]): Component {
  const attempts = acts.filter((a): a is QuizActivity => a.kind === "quiz");
  if (attempts.length === 0) return component("quiz", 0, [{ text: "Quiz not taken yet" }]);
  const c = quizCredit(attempts);
  if (c.asked === 0)
    return component("quiz", c.value, [
      { text: `Best score ${c.value} over ${c.legacy} earlier attempt${c.legacy > 1 ? "s" : ""}`, effect: c.value },
    ]);
  const share = (n: number, weight: number) => round1(((n * weight) / c.asked) * 100);
  const reasons: Reason[] = [
    { text: `${c.asked} quiz question${c.asked > 1 ? "s" : ""} asked so far; each counts by your latest answer` },
  ];
  if (c.firstTime)
    reasons.push({ text: `${c.firstTime} right the first time (full credit)`, effect: share(c.firstTime, 1) });
  if (c.afterFeedback)
    reasons.push({
      text: `${c.afterFeedback} right only after the answer was shown (half credit)`,
      effect: share(c.afterFeedback, 0.5),
    });
  if (c.missed) reasons.push({ text: `${c.missed} wrong or skipped on your latest try: the explanations help` });
  return component("quiz", c.value, reasons);
}

/** Mean of the last 10 code-quality scores (code reviews and graded submissions). */
function qualityComponent(acts: Activity[]): Component {
  const scores = acts.flatMap((a) =>
    a.kind === "review" ? [a.score] : a.kind === "graded" && a.qualityScore !== undefined ? [a.qualityScore] : [],
  );
  if (scores.length === 0) return component("codeQuality", 0, [{ text: "No code reviewed in this module yet" }]);
  const recent = scores.slice(-QUALITY_WINDOW);
  const mean = recent.reduce((s, x) => s + x, 0) / recent.length;
  const reasons: Reason[] = [
    {
      text:
        `Average quality ${round1(mean)} over your last ${recent.length} reviewed ` +
        `program${recent.length > 1 ? "s" : ""}`,
      effect: round1(mean),
    },
  ];
  const low = Math.min(...recent);
  if (low < mean - 15) reasons.push({ text: `One recent program scored only ${low}, which pulled the average down` });
  return component("codeQuality", mean, reasons);
}

/**
 * Distinct days with activity in this module during the 14 days that end at the
 * student's latest activity here; 5 such days give 100. Anchored to the latest
 * activity (not the clock) so a replay computes the same value.
 */
function consistencyComponent(acts: Activity[]): Component {
  if (acts.length === 0) return component("consistency", 0, [{ text: "No activity in this module yet" }]);
  const end = Date.parse(acts[acts.length - 1].time);
  const start = end - CONSISTENCY_WINDOW_DAYS * 86_400_000;
  const days = new Set(acts.filter((a) => Date.parse(a.time) > start).map((a) => a.time.slice(0, 10)));
  const value = (Math.min(days.size, CONSISTENCY_TARGET_DAYS) / CONSISTENCY_TARGET_DAYS) * 100;
  return component("consistency", value, [
    {
      text:
        `Practised on ${days.size} day${days.size === 1 ? "" : "s"} in the last ${CONSISTENCY_WINDOW_DAYS} ` +
        `(${CONSISTENCY_TARGET_DAYS} days make 100)`,
      effect: round1(value),
    },
  ]);
}
