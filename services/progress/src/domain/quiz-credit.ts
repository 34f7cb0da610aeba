import type { Activity } from "./activity.ts";

// The quiz component of mastery, counted per question rather than per attempt
// (docs/mastery.md, "The quiz component"). A quiz shows the right answer of a
// question once the student has answered it, so a right answer after that is
// recall of what was shown, not the reasoning the quiz checks: it earns half.
// Each question the student has been asked counts by their latest answer to it:
//   1   right, and the student's first answer to it was right too
//   0.5 right, but only after a wrong first answer (the answer had been shown)
//   0   wrong, or skipped, on the latest attempt that asked it
// The component is the mean over the questions asked, × 100. Harvesting the
// answers with wrong attempts therefore caps the component at 50, while a
// student who learns from the feedback and answers new questions keeps rising.

export type QuizActivity = Extract<Activity, { kind: "quiz" }>;

export interface QuizCredit {
  value: number;
  asked: number;
  firstTime: number;
  afterFeedback: number;
  missed: number;
  /** attempts recorded before per-question outcomes existed, counted by their best score when alone */
  legacy: number;
}

export function quizCredit(attempts: QuizActivity[]): QuizCredit {
  const detailed = attempts.filter((a) => a.questions?.length);
  if (detailed.length === 0) {
    const best = attempts.length ? Math.max(...attempts.map((a) => a.score)) : 0;
    return { value: best, asked: 0, firstTime: 0, afterFeedback: 0, missed: 0, legacy: attempts.length };
  }
  const state = new Map<string, { first?: boolean; latestRight: boolean }>();
  for (const a of detailed)
    for (const q of a.questions ?? []) {
      const s = state.get(q.questionId) ?? { latestRight: false };
      if (q.answered && s.first === undefined) s.first = q.correct;
      s.latestRight = q.answered && q.correct;
      state.set(q.questionId, s);
    }
  let firstTime = 0;
  let afterFeedback = 0;
  for (const s of state.values())
    if (s.latestRight) {
      if (s.first) firstTime++;
      else afterFeedback++;
    }
  const asked = state.size;
  return {
    value: ((firstTime + afterFeedback / 2) / asked) * 100,
    asked,
    firstTime,
    afterFeedback,
    missed: asked - firstTime - afterFeedback,
    legacy: attempts.length - detailed.length,
  };
}
