// Scoring a quiz attempt. Predict-the-output answers are compared after
// normalising line endings and trailing spaces, which beginners cannot see.

export type QuizQuestion =
  | { id: string; kind: "multiple-choice"; prompt: string; options: string[]; answer: number; explanation: string }
  | { id: string; kind: "predict-output"; prompt: string; code: string; answer: string; explanation: string };

export interface QuestionResult {
  questionId: string;
  correct: boolean;
  given: string | number | null;
  expected: string | number;
  explanation: string;
}

export function normaliseOutput(text: string): string {
  return text
    .replace(/\r\n/g, "\n")
    .split("\n")
    .map((l) => l.trimEnd())
    .join("\n")
    .trim();
}

export function scoreQuiz(
  questions: QuizQuestion[],
  answers: Record<string, string | number>,
): { score: number; correct: number; total: number; results: QuestionResult[] } {
  const results = questions.map((q) => {
    const given = answers[q.id] ?? null;
    const correct =
      given !== null &&
      (q.kind === "multiple-choice"
        ? Number(given) === q.answer
        : normaliseOutput(String(given)) === normaliseOutput(q.answer));
    return { questionId: q.id, correct, given, expected: q.answer, explanation: q.explanation };
  });
  const correct = results.filter((r) => r.correct).length;
  return {
    score: questions.length ? Math.round((correct / questions.length) * 100) : 0,
    correct,
    total: questions.length,
    results,
  };
}
