import { byTime, type Activity, type ModuleCatalog } from "./activity.ts";
import { exerciseTitles } from "./alert-details.ts";
import { computeModuleMastery, computeOverall } from "./mastery.ts";
import type { RosterStudent } from "./roster.ts";

// The class gradebook: one row per student; a column per exercise (best score), per quiz (best
// attempt) and per module (mastery), then overall mastery. Every curriculum exercise has a column,
// and so does any other exercise (a teacher's own) someone in the class submitted to.

export interface Gradebook {
  header: string[];
  rows: (string | number | null)[][];
}

export function buildGradebook(
  catalog: ModuleCatalog[],
  students: RosterStudent[],
  byStudent: Map<string, Activity[]>,
): Gradebook {
  const modules = [...catalog].sort((a, b) => a.order - b.order);
  const all = [...byStudent.values()].flat().sort(byTime);
  const titleOf = exerciseTitles(catalog, all);
  const curriculum = modules.flatMap((m) => m.exercises.map((e) => e.id));
  const others = [
    ...new Set(all.flatMap((a) => (a.kind === "graded" && !curriculum.includes(a.exerciseId) ? [a.exerciseId] : []))),
  ];
  const exercises = [...curriculum, ...others];
  const quizzes = [
    ...new Set([...modules.map((m) => `${m.id}-quiz`), ...all.flatMap((a) => (a.kind === "quiz" ? [a.quizId] : []))]),
  ];
  const header = [
    "Student",
    "Email",
    ...exercises.map((id) => `Exercise: ${titleOf(id) ?? id}`),
    ...quizzes.map((id) => `Quiz: ${quizTitle(id, modules)}`),
    ...modules.map((m) => `Mastery: ${m.title}`),
    "Mastery: overall",
  ];
  const rows = students.map((s) => {
    const acts = byStudent.get(s.id) ?? [];
    const best = (pick: (a: Activity) => number | undefined) => {
      const scores = acts.map(pick).filter((x): x is number => x !== undefined);
      return scores.length ? Math.max(...scores) : null;
    };
    const mastery = modules.map((m) => computeModuleMastery(m, acts));
    return [
      s.name,
      s.email,
      ...exercises.map((id) => best((a) => (a.kind === "graded" && a.exerciseId === id ? a.score : undefined))),
      ...quizzes.map((id) => best((a) => (a.kind === "quiz" && a.quizId === id ? a.score : undefined))),
      ...mastery.map((m) => m.mastery),
      computeOverall(mastery).mastery,
    ];
  });
  return { header, rows };
}

function quizTitle(quizId: string, modules: ModuleCatalog[]): string {
  const m = modules.find((x) => `${x.id}-quiz` === quizId);
  return m ? m.title : quizId;
}
