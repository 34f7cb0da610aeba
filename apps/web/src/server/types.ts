// The shapes the pages read from the services (see each service's OpenAPI at /api/<service>/docs).

export interface Level {
  name: string;
  colour: string;
}
export interface ModuleMastery {
  moduleId: string;
  title: string;
  mastery: number;
  level: Level;
  components: {
    name: string;
    value: number;
    weight: number;
    contribution: number;
    reasons: { text: string; effect?: number }[];
  }[];
}
export interface ProgressReport {
  studentId: string;
  overall: { mastery: number; level: Level };
  modules: (ModuleMastery & { started?: boolean })[];
  streak: { current: number; longest: number; lastActiveDay: string | null; activeToday: boolean };
  next: {
    moduleId: string;
    moduleTitle: string;
    reason: string;
    exercise: { id: string; title: string; difficulty: string } | null;
    concept?: { id: string; title: string } | null;
  } | null;
  done?: { concepts: string[]; exercises: string[] };
}
export interface Assignment {
  id: string;
  classId: string;
  exerciseId: string;
  title: string;
  module: string;
  dueAt: string | null;
  createdAt: string;
  /** for a student, from the exercise service (the teacher sees the same status) */
  className?: string;
  status?: "not-started" | "in-progress" | "passed" | "late";
  detail?: string;
  reminder?: "due-soon" | "overdue" | null;
}
export interface ConceptSummary {
  id: string;
  module: string;
  order: number;
  title: string;
  summary: string;
}
export interface ConceptDetail extends ConceptSummary {
  depth: string;
  chosenBy: string;
  explanation: string;
  example: string;
  expectedOutput: string;
  keywords: string[];
}
export interface Module {
  id: string;
  title: string;
  order: number;
}
export interface ExerciseSummary {
  id: string;
  origin: string;
  module: string;
  title: string;
  difficulty: string;
  tags: string[];
  bestScore: number | null;
}
export interface StudentExercise {
  id: string;
  module: string;
  title: string;
  difficulty: string;
  tags: string[];
  prompt: string;
  starter: string;
  /** data files the student's code reads (story.txt): sent with every Run; absent from older services */
  files?: { path: string; content: string }[];
  hintCount: number;
  variant: string;
}
export interface Draft {
  page: string;
  code: string;
  updatedAt: string;
}
export interface ClassInfo {
  id: string;
  name: string;
  joinCode?: string;
  students: { id: string; name: string; email: string }[];
}
