import { z } from "zod";
// Checking and scoring one quiz attempt. The attempt holds the questions the
// server drew; the student answers some of them. Feedback (the right answer
// and why) is given only for questions the student actually answered, so a
// blank or half-blank attempt gives nothing away (docs/mastery.md, "Quizzes").

export type QuizQuestion =
  | { id: string; kind: "multiple-choice"; prompt: string; options: string[]; answer: number; explanation: string }
  | { id: string; kind: "predict-output"; prompt: string; code: string; answer: string; explanation: string };

// the answers and feedback an attempt stores (jsonb) are read back through these, never cast
export const answerValueSchema = z.union([z.string(), z.number()]);
export type AnswerValue = z.infer<typeof answerValueSchema>;
export const storedAnswersSchema = z.record(z.string(), answerValueSchema);

export const questionFeedbackSchema = z.object({
  questionId: z.string(),
  answered: z.boolean(),
  correct: z.boolean(),
  given: answerValueSchema.nullable(),
  /** present only when the question was answered */
  expected: answerValueSchema.optional(),
  explanation: z.string().optional(),
});
export type QuestionFeedback = z.infer<typeof questionFeedbackSchema>;

export interface AttemptScore {
  /** correct answers over the questions drawn, 0–100 (a skipped question counts as wrong) */
  score: number;
  correct: number;
  answered: number;
  total: number;
  results: QuestionFeedback[];
}

export interface AnswerIssue {
  field: string;
  message: string;
}

/** Predict-the-output answers are compared ignoring line endings and trailing spaces, which beginners cannot see. */
export function normaliseOutput(text: string): string {
  return text
    .replace(/\r\n/g, "\n")
    .split("\n")
    .map((l) => l.trimEnd())
    .join("\n")
    .trim();
}

/** Every problem with the answers to a draw, each naming its field; empty when they can be scored. */
export function checkAnswers(draw: QuizQuestion[], answers: Record<string, AnswerValue>): AnswerIssue[] {
  const ids = Object.keys(answers);
  if (ids.length === 0) return [{ field: "body.answers", message: "must answer at least one question" }];
  const issues: AnswerIssue[] = [];
  for (const id of ids) {
    const field = `body.answers.${id}`;
    const q = draw.find((x) => x.id === id);
    const given = answers[id];
    if (!q) issues.push({ field, message: "is not a question of this attempt" });
    else if (q.kind === "multiple-choice") {
      if (typeof given !== "number" || !Number.isInteger(given) || given < 0 || given >= q.options.length)
        issues.push({ field, message: `must be the number of an option, 0 to ${q.options.length - 1}` });
    } else if (typeof given !== "string") issues.push({ field, message: "must be the printed text, as a string" });
  }
  return issues;
}

/** Scores answers that passed checkAnswers. Unanswered questions get no answer and no explanation. */
export function scoreAttempt(draw: QuizQuestion[], answers: Record<string, AnswerValue>): AttemptScore {
  const results = draw.map((q): QuestionFeedback => {
    const given = answers[q.id];
    if (given === undefined) return { questionId: q.id, answered: false, correct: false, given: null };
    const correct =
      q.kind === "multiple-choice" ? given === q.answer : normaliseOutput(String(given)) === normaliseOutput(q.answer);
    return { questionId: q.id, answered: true, correct, given, expected: q.answer, explanation: q.explanation };
  });
  const correct = results.filter((r) => r.correct).length;
  return {
    score: draw.length ? Math.round((correct / draw.length) * 100) : 0,
    correct,
    answered: results.filter((r) => r.answered).length,
    total: draw.length,
    results,
  };
}

/** What a student sees of a question: never its answer or explanation. */
export function questionForStudent(q: QuizQuestion) {
  return q.kind === "multiple-choice"
    ? { id: q.id, kind: q.kind, prompt: q.prompt, options: q.options }
    : { id: q.id, kind: q.kind, prompt: q.prompt, code: q.code };
}
