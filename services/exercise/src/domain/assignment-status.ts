// Where a student stands on an assignment, from their submissions and the due date:
// - passed: a passing submission on or before the due date (or no due date);
// - late: the due date has gone by without a pass by then (passed afterwards, or not at all);
// - in progress: submitted, not passed yet, still before the due date;
// - not started: nothing submitted, still before the due date.
// Runs alone do not count as started: the exercise service sees submissions, and a
// submission is the student saying "check this".

export type AssignmentState = "not-started" | "in-progress" | "passed" | "late";

export interface SubmissionFact {
  passed: boolean;
  score: number;
  createdAt: string;
}

export interface StudentAssignmentStatus {
  status: AssignmentState;
  attempts: number;
  bestScore: number | null;
  /** the first pass, on time or not */
  passedAt: string | null;
  lastSubmittedAt: string | null;
  /** words for the teacher and the student: "passed 2 days late", "due in 5 hours" */
  detail: string;
}

/** A reminder for the student's dashboard, or null when there is nothing to remind. */
export type Reminder = "overdue" | "due-soon" | null;
export const DUE_SOON_HOURS = 48;

export function assignmentStatus(subs: SubmissionFact[], dueAt: string | null, now: Date): StudentAssignmentStatus {
  const sorted = [...subs].sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
  const firstPass = sorted.find((s) => s.passed);
  const due = dueAt ? Date.parse(dueAt) : undefined;
  const pastDue = due !== undefined && now.getTime() > due;
  const onTime = firstPass && (due === undefined || Date.parse(firstPass.createdAt) <= due);
  const status: AssignmentState = onTime
    ? "passed"
    : pastDue
      ? "late"
      : sorted.length > 0
        ? "in-progress"
        : "not-started";
  const base = {
    status,
    attempts: sorted.length,
    bestScore: sorted.length ? Math.max(...sorted.map((s) => s.score)) : null,
    passedAt: firstPass?.createdAt ?? null,
    lastSubmittedAt: sorted.at(-1)?.createdAt ?? null,
  };
  return { ...base, detail: describe(base, due, now) };
}

export function reminderFor(s: StudentAssignmentStatus, dueAt: string | null, now: Date): Reminder {
  if (s.status === "passed" || s.passedAt || !dueAt) return null;
  const left = Date.parse(dueAt) - now.getTime();
  if (left < 0) return "overdue";
  return left <= DUE_SOON_HOURS * 3_600_000 ? "due-soon" : null;
}

function describe(s: Omit<StudentAssignmentStatus, "detail">, due: number | undefined, now: Date): string {
  const tries = `${s.attempts} submission${s.attempts === 1 ? "" : "s"}`;
  switch (s.status) {
    case "passed":
      return `Passed (${tries})`;
    case "late": {
      // only an assignment with a due date can be late
      const dueAt = due ?? now.getTime();
      return s.passedAt
        ? `Passed ${span(Date.parse(s.passedAt) - dueAt)} late (${tries})`
        : `Not passed, due ${span(now.getTime() - dueAt)} ago${s.attempts ? ` (${tries}, best ${s.bestScore})` : ""}`;
    }
    case "in-progress":
      return `${tries}, best ${s.bestScore}${due !== undefined ? `; due in ${span(due - now.getTime())}` : ""}`;
    case "not-started":
      return due !== undefined ? `Not started; due in ${span(due - now.getTime())}` : "Not started";
  }
}

function span(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 90) return `${minutes} minute${minutes === 1 ? "" : "s"}`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} hours`;
  return `${Math.round(hours / 24)} days`;
}
