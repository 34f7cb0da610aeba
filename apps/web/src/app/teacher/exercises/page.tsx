import { type ApiError, request } from "@/server/api";
import type { Module } from "@/server/types";
import { ErrorState } from "@/components/ui/states";
import { ExerciseForm } from "./exercise-form";
import { GenerateAndImport } from "./generate-and-import";
import { MyExercises } from "./my-exercises";
import type { AuthoredExercise } from "./types";

export const metadata = { title: "Exercise studio" };

export default async function TeacherExercisesPage({ searchParams }: { searchParams: Promise<{ edit?: string }> }) {
  const { edit } = await searchParams;
  let modules: Module[], mine: AuthoredExercise[];
  try {
    [{ modules }, { exercises: mine }] = await Promise.all([
      request("GET /api/exercise/modules"),
      request("GET /api/exercise/studio/exercises"),
    ]);
  } catch (err) {
    return <ErrorState title="The exercise studio could not be loaded" message={(err as ApiError).message} />;
  }
  const editing = edit ? mine.find((x) => x.id === edit) : undefined;
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">Exercise studio</h1>
      <section aria-labelledby="mine">
        <h2 id="mine" className="mb-2 text-lg font-semibold">
          My exercises
        </h2>
        <MyExercises exercises={mine} />
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          Assign an exercise, with a due date, from a class's page.
        </p>
      </section>
      <div className="grid gap-6 lg:grid-cols-2">
        <ExerciseForm key={editing?.id ?? "new"} modules={modules} editing={editing} />
        <GenerateAndImport modules={modules} />
      </div>
    </div>
  );
}
