import { api, ApiError } from "@/server/api";
import type { ClassInfo, ExerciseSummary, Module } from "@/server/types";
import { ErrorState } from "@/components/ui/states";
import { ExerciseStudio } from "./exercise-studio";

export const metadata = { title: "Exercises (teacher)" };

export default async function TeacherExercisesPage() {
  let modules: Module[],
    exercises: ExerciseSummary[],
    classes: ClassInfo[],
    assignments: { id: string; classId: string; exerciseId: string; title: string; dueAt: string | null }[];
  try {
    [{ modules }, { exercises }, { classes }, { assignments }] = await Promise.all([
      api<{ modules: Module[] }>("/api/exercise/modules"),
      api<{ exercises: ExerciseSummary[] }>("/api/exercise/exercises"),
      api<{ classes: ClassInfo[] }>("/api/auth/classes"),
      api<{ assignments: typeof assignments }>("/api/exercise/assignments"),
    ]);
  } catch (err) {
    return <ErrorState title="The exercise studio could not be loaded" message={(err as ApiError).message} />;
  }
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Exercise studio</h1>
      <ExerciseStudio
        modules={modules}
        exercises={exercises}
        classes={classes.map((c) => ({ id: c.id, name: c.name }))}
      />
      <section aria-labelledby="assigned">
        <h2 id="assigned" className="mb-2 text-lg font-semibold">
          Assigned
        </h2>
        <ul className="space-y-1 text-sm">
          {assignments.length === 0 && <li>Nothing assigned yet.</li>}
          {assignments.map((a) => (
            <li key={a.id}>
              <strong>{a.title}</strong> → {classes.find((c) => c.id === a.classId)?.name ?? a.classId}
              {a.dueAt ? ` (due ${new Date(a.dueAt).toLocaleDateString()})` : ""}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
