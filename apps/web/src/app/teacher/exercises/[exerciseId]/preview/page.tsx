import Link from "next/link";
import { type ApiError, request } from "@/server/api";
import type { StudentExercise } from "@/server/types";
import { ErrorState } from "@/components/ui/states";
import { Markdown } from "@/components/markdown";
import { ExerciseWorkspace } from "../../../../exercises/[exerciseId]/exercise-workspace";
import type { AuthoredExercise } from "../../types";
import { cx } from "@/lib/cx";

export const metadata = { title: "Preview" };

// The exercise exactly as a student sees it: the same API call (the student view: no tests, no
// solution) and the same components as the student's exercise page. Run and Submit work, so the
// teacher can try it as a student would.
export default async function PreviewPage({ params }: { params: Promise<{ exerciseId: string }> }) {
  const { exerciseId } = await params;
  let exercise: StudentExercise, authored: AuthoredExercise;
  try {
    [exercise, authored] = await Promise.all([
      request("GET /api/exercise/exercises/:exerciseId", { params: { exerciseId } }),
      request("GET /api/exercise/studio/exercises/:exerciseId", { params: { exerciseId } }),
    ]);
  } catch (err) {
    return <ErrorState title="This exercise could not be previewed" message={(err as ApiError).message} />;
  }
  return (
    <div className="space-y-4">
      <div
        className={cx(
          "flex flex-wrap items-center justify-between gap-3 rounded-md p-3 text-sm",
          "border border-orange-400 bg-orange-50 dark:border-orange-800 dark:bg-orange-950",
        )}
        data-testid="preview-banner"
      >
        <p>
          Preview: this is what a student sees. Status <strong data-testid="preview-status">{authored.status}</strong>
          {authored.status === "draft" ? " — students do not see it until you publish it." : "."}
        </p>
        <p className="flex gap-3">
          <Link className="underline" href={`/teacher/exercises?edit=${encodeURIComponent(exerciseId)}`}>
            Edit
          </Link>
          <Link className="underline" href="/teacher/exercises">
            Back to the studio
          </Link>
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-5" data-testid="student-view">
        <article className="lg:col-span-2">
          <p className="text-sm">
            Exercises / {exercise.module} · {exercise.difficulty}
          </p>
          <h1 className="mt-1 text-3xl font-bold">{exercise.title}</h1>
          <div className="mt-4">
            <Markdown text={exercise.prompt} />
          </div>
        </article>
        <div className="lg:col-span-3">
          <ExerciseWorkspace exercise={exercise} />
        </div>
      </div>
    </div>
  );
}
