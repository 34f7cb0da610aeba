import Link from "next/link";
import { type ApiError, request } from "@/server/api";
import { EmptyState, ErrorState } from "@/components/ui/states";
import type { ApiResponse } from "@/lib/api-routes";
import { cx } from "@/lib/cx";

export const metadata = { title: "Quizzes" };

export default async function QuizzesPage() {
  let quizzes: ApiResponse<"GET /api/exercise/quizzes">["quizzes"];
  try {
    ({ quizzes } = await request("GET /api/exercise/quizzes"));
  } catch (err) {
    return <ErrorState title="Quizzes could not be loaded" message={(err as ApiError).message} />;
  }
  if (quizzes.length === 0) return <EmptyState message="No quizzes yet." />;
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Quizzes</h1>
      <ul className="grid gap-3 sm:grid-cols-2">
        {quizzes.map((q) => (
          <li key={q.id}>
            <Link
              href={`/quizzes/${q.id}`}
              className={cx(
                "block rounded-md border border-slate-300 bg-white p-4 hover:border-orange-500",
                "dark:border-slate-700 dark:bg-slate-900",
              )}
            >
              <span className="font-medium">{q.title}</span>
              <span className="block text-sm text-slate-600 dark:text-slate-400">{q.questions} questions</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
