// A student's status on one assignment, from their best score and their submissions' dates.

export type AssignmentStatus = "not-started" | "in-progress" | "passed" | "passed-late" | "late";

export function assignmentStatus(
  a: { exerciseId: string; dueAt: string | null },
  bestScore: number | null | undefined,
  submissions: { exerciseId: string; passed: boolean; createdAt: string }[],
  now: Date,
): AssignmentStatus {
  const due = a.dueAt ? new Date(a.dueAt).getTime() : Number.POSITIVE_INFINITY;
  const passes = submissions.filter((s) => s.exerciseId === a.exerciseId && s.passed);
  if (bestScore === 100 || passes.length > 0) {
    const first = Math.min(...passes.map((s) => new Date(s.createdAt).getTime()));
    return passes.length > 0 && first > due ? "passed-late" : "passed";
  }
  if (now.getTime() > due) return "late";
  return bestScore === null || bestScore === undefined ? "not-started" : "in-progress";
}

export const STATUS_WORDS: Record<AssignmentStatus, string> = {
  "not-started": "Not started",
  "in-progress": "In progress",
  passed: "✓ Passed",
  "passed-late": "✓ Passed (late)",
  late: "Late",
};

/** "due today", "due in 3 days", "was due 2 days ago" */
export function dueWords(dueAt: string | null, now: Date): string {
  if (!dueAt) return "no due date";
  const days = Math.round((new Date(dueAt).setHours(0, 0, 0, 0) - new Date(now).setHours(0, 0, 0, 0)) / 86_400_000);
  if (days === 0) return "due today";
  if (days === 1) return "due tomorrow";
  if (days > 1) return `due in ${days} days`;
  return days === -1 ? "was due yesterday" : `was due ${-days} days ago`;
}
