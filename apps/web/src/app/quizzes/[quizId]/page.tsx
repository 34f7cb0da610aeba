import { api, ApiError } from "@/server/api";
import { ErrorState } from "@/components/ui/states";
import { QuizForm, type Quiz } from "./quiz-form";

export default async function QuizPage({ params }: { params: Promise<{ quizId: string }> }) {
  const { quizId } = await params;
  let quiz: Quiz;
  try {
    quiz = await api<Quiz>(`/api/exercise/quizzes/${encodeURIComponent(quizId)}`);
  } catch (err) {
    return <ErrorState title="This quiz could not be loaded" message={(err as ApiError).message} />;
  }
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">{quiz.title}</h1>
      <QuizForm quiz={quiz} />
    </div>
  );
}
