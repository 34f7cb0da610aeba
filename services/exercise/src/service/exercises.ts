import { NotFoundError, type Db, type Logger } from "@emberlearn/platform";
import { renderExercise, studentView, variantSeed, type ExerciseDefinition } from "../domain/exercise.ts";
import { canSee, dependsOnClasses, type RequestViewer, type Viewer } from "../domain/visibility.ts";
import type { ClassDirectory } from "../repository/class-directory.ts";
import type { Curriculum } from "../repository/curriculum.ts";
import { bestScores } from "../repository/exercise-repository.ts";
import { findCustomExercise, listCandidateExercises } from "../repository/custom-exercise-repository.ts";
import { degradedViewer, viewerOf } from "./viewer.ts";

// The exercise bank as each viewer sees it. Every read of an exercise goes through `visibleTo`/`getVisible`,
// so an exercise a viewer may not see is "not found" everywhere (list, page, hints, submissions, tutor).

export interface ExerciseServiceDeps {
  db: Db;
  curriculum: Curriculum;
  classes: ClassDirectory;
  logger: Logger;
}

export function createExerciseService(deps: ExerciseServiceDeps) {
  const { db, curriculum, classes } = deps;

  async function seenBy(viewer: RequestViewer, defs: ExerciseDefinition[]): Promise<ExerciseDefinition[]> {
    const teachers = defs.some((d) => dependsOnClasses(viewer, d)) ? await viewer.classTeacherIds() : new Set<string>();
    return defs.filter((d) => canSee(viewer, d, teachers));
  }

  /** The curriculum and every custom exercise this viewer may see. */
  async function visibleTo(viewer: RequestViewer): Promise<ExerciseDefinition[]> {
    const custom = await listCandidateExercises(db, viewer.role === "admin" ? "all" : viewer.id);
    return [...curriculum.exercises, ...(await seenBy(viewer, custom))];
  }

  /** Any exercise by id, whoever may see it: for internal checks and a teacher's records. */
  async function find(id: string): Promise<ExerciseDefinition | undefined> {
    return curriculum.exercises.find((e) => e.id === id) ?? (await findCustomExercise(db, id));
  }

  async function getVisible(viewer: RequestViewer, id: string): Promise<ExerciseDefinition> {
    const found = await find(id);
    if (!found || (await seenBy(viewer, [found])).length === 0) throw new NotFoundError(`Exercise "${id}"`);
    return found;
  }

  function hintOf(studentId: string, def: ExerciseDefinition, level: number) {
    const { exercise } = renderExercise(def, variantSeed(studentId, def.id));
    if (level > exercise.hints.length) throw new NotFoundError(`Hint ${level}`);
    return { level, of: exercise.hints.length, text: exercise.hints[level - 1] };
  }

  const listViewer = (user: Viewer) => degradedViewer(viewerOf(user, classes), deps.logger);

  return {
    visibleTo,
    getVisible,
    find,
    hintOf,
    /** the viewer of a request, and for lists one that leaves class exercises out when auth cannot answer */
    viewer: (user: Viewer) => viewerOf(user, classes),
    listViewer,

    modules: () => curriculum.modules,

    async getAny(id: string): Promise<ExerciseDefinition> {
      const found = await find(id);
      if (!found) throw new NotFoundError(`Exercise "${id}"`);
      return found;
    },

    /** The exercises this viewer may see, filtered, each with the viewer's best score. */
    async list(user: Viewer, filter: { module?: string; difficulty?: string }) {
      const best = await bestScores(db, user.id);
      const list = (await visibleTo(listViewer(user))).filter(
        (e) =>
          (!filter.module || e.module === filter.module) && (!filter.difficulty || e.difficulty === filter.difficulty),
      );
      return list.map((e) => {
        const { id, origin, module, title, difficulty, tags } = studentView(e, user.id);
        return { id, origin, module, title, difficulty, tags, bestScore: best.get(e.id) ?? null };
      });
    },

    /** One exercise as this student sees it: their variant, never the tests or the solution. */
    view: async (user: Viewer, id: string) => studentView(await getVisible(viewerOf(user, classes), id), user.id),

    hint: async (user: Viewer, id: string, level: number) =>
      hintOf(user.id, await getVisible(viewerOf(user, classes), id), level),

    /** The reference solution of one student's variant (the caller's own by default), for a teacher. */
    async solution(user: Viewer, id: string, studentId?: string) {
      const def = await getVisible(viewerOf(user, classes), id);
      const { exercise, variant } = renderExercise(def, variantSeed(studentId ?? user.id, def.id));
      return { exerciseId: def.id, variant, solution: exercise.solution };
    },
  };
}

export type ExerciseService = ReturnType<typeof createExerciseService>;
