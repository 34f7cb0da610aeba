// Which questions an attempt gets, and when the next attempt may start.
// The server draws; the student never chooses. Questions the student has not
// seen the answer to come first, so every attempt is mostly new questions
// until the pool runs out, and a replay of an old attempt's answers is of
// little use (docs/mastery.md, "Quizzes").

export interface PastOutcome {
  questionId: string;
  answered: boolean;
  correct: boolean;
}

export interface PastAttempt {
  submittedAt: string;
  results: PastOutcome[];
}

/** 0 never drawn, 1 drawn but never answered, 2 last answer wrong, 3 last answer right. */
function tierOf(history: PastOutcome[]): number {
  const answered = history.filter((h) => h.answered);
  if (history.length === 0) return 0;
  if (answered.length === 0) return 1;
  return answered[answered.length - 1].correct ? 3 : 2;
}

/**
 * Draws `count` question ids from the pool. Lower tiers first; inside a tier the question
 * seen longest ago first, ties broken at random (`random(n)` returns an integer in [0, n)).
 */
export function drawQuestions(
  poolIds: string[],
  past: PastAttempt[],
  count: number,
  random: (n: number) => number,
): string[] {
  const ordered = [...past].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  const history = new Map<string, PastOutcome[]>();
  const lastSeen = new Map<string, string>();
  for (const attempt of ordered)
    for (const r of attempt.results) {
      history.set(r.questionId, [...(history.get(r.questionId) ?? []), r]);
      lastSeen.set(r.questionId, attempt.submittedAt);
    }
  const shuffled = [...poolIds];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  const key = (id: string) => ({ tier: tierOf(history.get(id) ?? []), seen: lastSeen.get(id) ?? "" });
  // Array.prototype.sort is stable, so the shuffle decides between equal keys
  const ranked = shuffled
    .map((id) => ({ id, ...key(id) }))
    .sort((a, b) => a.tier - b.tier || a.seen.localeCompare(b.seen))
    .map((k) => k.id);
  return ranked.slice(0, Math.min(count, ranked.length));
}

/** When the student may start the next attempt: `cooldownMinutes` after the last submission (null = now). */
export function nextAttemptAt(lastSubmittedAt: string | undefined, cooldownMinutes: number, now: Date): Date | null {
  if (!lastSubmittedAt || cooldownMinutes <= 0) return null;
  const at = new Date(Date.parse(lastSubmittedAt) + cooldownMinutes * 60_000);
  return at > now ? at : null;
}
