import { type ApiError, request } from "@/server/api";
import { EmptyState, ErrorState } from "@/components/ui/states";
import { QuizForm, type Attempt, type QuizStatus } from "./quiz-form";

// A quiz is taken in attempts drawn by the server: opening the page resumes the
// open attempt (same questions) or starts a new one once the cooling-off is over.

export default async function QuizPage({ params }: { params: Promise<{ quizId: string }> }) {
  const { quizId } = await params;
  const quiz = { quizId };
  let status: QuizStatus;
  let attempt: Attempt | null = null;
  try {
    status = await request("GET /api/exercise/quizzes/:quizId", { params: quiz });
    if (status.openAttemptId || !status.nextAttemptAt)
      attempt = await request("POST /api/exercise/quizzes/:quizId/attempts", { params: quiz, body: {} });
  } catch (err) {
    if ((err as ApiError).status !== 429)
      return <ErrorState title="This quiz could not be loaded" message={(err as ApiError).message} />;
    status = await request("GET /api/exercise/quizzes/:quizId", { params: quiz });
  }
  const last = status.attempts.at(-1);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">{status.title}</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Each attempt asks {status.questions} questions drawn from {status.poolSize}. You see the answer and the
        explanation of each question you answer. After you submit, the next attempt opens {status.cooldownMinutes}{" "}
        minutes later.
      </p>
      {attempt ? (
        <QuizForm status={status} attempt={attempt} />
      ) : (
        <EmptyState
          message={`${last ? `Your last attempt scored ${last.score}%. ` : ""}Your next attempt opens at ${new Date(
            status.nextAttemptAt ?? Date.now(),
          ).toLocaleTimeString()}. Read the explanations of your answers while you wait.`}
        />
      )}
    </div>
  );
}
