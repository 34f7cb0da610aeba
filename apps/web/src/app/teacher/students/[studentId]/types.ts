import type { ProgressReport } from "@/server/types";
import type { Alert } from "@/components/teacher/alert-card";

export interface StudentView {
  student: { id: string; name: string; email: string; classes: { id: string; name: string }[] };
  report: ProgressReport;
  timeline: { day: string; overall: number; modules: Record<string, number> }[];
  runs: {
    id: string;
    time: string;
    moduleId: string | null;
    exerciseId: string | null;
    status: string;
    errorType: string | null;
    error: { type: string; message: string; line: number | null } | null;
    code: string | null;
  }[];
  alerts: Alert[];
}

export interface Submission {
  id: string;
  exerciseId: string;
  exerciseTitle: string;
  module: string;
  code: string;
  score: number;
  passed: boolean;
  summary: string;
  tests: { name: string; passed: boolean; message: string }[];
  createdAt: string;
}

export interface QuizAttempt {
  id: string;
  quizTitle: string;
  module: string;
  score: number | null;
  correct: number | null;
  total: number;
  submittedAt: string | null;
  questions: {
    id: string;
    kind: string;
    prompt: string;
    options?: string[];
    code?: string;
    answered: boolean;
    correct: boolean;
    given: string | number | null;
    expected: string | number | null;
    explanation: string;
  }[];
}

export interface Conversation {
  id: string;
  startedAt: string;
  messages: { id: string; role: "user" | "assistant"; agent: string | null; content: string; createdAt: string }[];
}
