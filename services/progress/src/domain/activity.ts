// The facts progress keeps: one entry per handled event, reduced to what
// mastery, streaks and struggle detection need. Mastery is a pure function of
// these, so replaying the event log into an empty store gives the same result.

export type Activity =
  | {
      kind: "run";
      id: string;
      time: string;
      moduleId?: string;
      exerciseId?: string;
      status: string;
      errorType: string | null;
      /** the program and its error, when the sandbox sent them (for the teacher's evidence) */
      code?: string;
      error?: RunError;
    }
  | { kind: "review"; id: string; time: string; moduleId?: string; score: number }
  | {
      kind: "graded";
      id: string;
      time: string;
      moduleId: string;
      exerciseId: string;
      score: number;
      passed: boolean;
      difficulty: "easy" | "medium" | "hard";
      qualityScore?: number;
      submissionId?: string;
      exerciseTitle?: string;
      code?: string;
      /** the submitted code did not load */
      error?: RunError;
      failures?: { name: string; message: string }[];
    }
  | {
      kind: "quiz";
      id: string;
      time: string;
      moduleId: string;
      quizId: string;
      score: number;
      /** each question the attempt drew; absent on attempts recorded before draws existed */
      questions?: { questionId: string; answered: boolean; correct: boolean }[];
    }
  | {
      kind: "question";
      id: string;
      time: string;
      moduleId?: string;
      exerciseId?: string;
      message: string;
      saysStuck: boolean;
    }
  | { kind: "concept"; id: string; time: string; moduleId: string; conceptId: string };

export interface RunError {
  type: string;
  message: string;
  line: number | null;
}

export const DIFFICULTY_WEIGHT = { easy: 1, medium: 2, hard: 3 } as const;

/** The curriculum facts mastery needs: each module's exercises and their difficulty. */
export interface ModuleCatalog {
  id: string;
  title: string;
  order: number;
  exercises: { id: string; title: string; difficulty: "easy" | "medium" | "hard" }[];
  /** the module's lessons in reading order (absent in catalogs that only need mastery) */
  concepts?: { id: string; title: string; order: number }[];
}

export function byTime(a: Activity, b: Activity): number {
  return a.time < b.time ? -1 : a.time > b.time ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
