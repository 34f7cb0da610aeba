export interface AuthoredExercise {
  id: string;
  origin: "teacher" | "generated";
  status: "draft" | "published" | "retired";
  visibility: "private" | "classes" | "platform";
  module: string;
  title: string;
  difficulty: "easy" | "medium" | "hard";
  tags: string[];
  prompt: string;
  starter: string;
  solution: string;
  tests: string;
  hints: string[];
  updatedAt: string;
}
