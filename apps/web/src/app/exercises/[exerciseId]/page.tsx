import Link from "next/link";
import { type ApiError, request } from "@/server/api";
import { findDraft } from "@/server/drafts";
import type { StudentExercise } from "@/server/types";
import { ErrorState } from "@/components/ui/states";
import { Markdown } from "@/components/markdown";
import { withoutLeadingTitle } from "@/lib/markdown-text";
import { ExerciseWorkspace } from "./exercise-workspace";

export default async function ExercisePage({ params }: { params: Promise<{ exerciseId: string }> }) {
  const { exerciseId } = await params;
  let exercise: StudentExercise;
  const draft = findDraft({ kind: "exercise", id: exerciseId });
  try {
    exercise = await request("GET /api/exercise/exercises/:exerciseId", { params: { exerciseId } });
  } catch (err) {
    return <ErrorState title="This exercise could not be loaded" message={(err as ApiError).message} />;
  }
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
      <article className="min-w-0">
        <p className="text-sm">
          <Link prefetch={false} href="/exercises" className="underline">
            Exercises
          </Link>{" "}
          / {exercise.module} · {exercise.difficulty}
        </p>
        <h1 className="mt-1 text-3xl font-bold">{exercise.title}</h1>
        <div className="mt-4">
          <Markdown text={withoutLeadingTitle(exercise.prompt, exercise.title)} />
        </div>
      </article>
      <div className="min-w-0">
        <ExerciseWorkspace exercise={exercise} draft={await draft} lazyEditor />
      </div>
    </div>
  );
}
