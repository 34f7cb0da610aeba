import { randomUUID } from "node:crypto";
import { AppError, ForbiddenError, NotFoundError, ValidationError, type Db } from "@emberlearn/platform";
import type { ExerciseDefinition } from "./domain/exercise.ts";
import { canEdit, canSee, type Viewer } from "./domain/visibility.ts";
import type { Curriculum } from "./repository/curriculum.ts";
import {
  findCustomExercise,
  insertCustomExercise,
  listExercisesBy,
  setExerciseStatus,
  updateCustomExercise,
  type CustomExercise,
} from "./repository/custom-exercise-repository.ts";
import type { ExerciseService } from "./service.ts";

// Teachers' exercises: create (validated in the sandbox), edit, publish to
// their classes or on purpose to the whole platform, retire. Generated
// practice is saved here too: private to a student who asked, a draft for a
// teacher until they publish it.

export type ExerciseContent = Pick<
  ExerciseDefinition,
  "module" | "title" | "difficulty" | "tags" | "prompt" | "starter" | "solution" | "tests" | "hints"
>;

const idTaken = (id: string) =>
  new AppError("conflict", 409, `body.id "${id}" is already taken`, [
    { field: "body.id", message: "is already taken" },
  ]);

export function createAuthoringService(deps: { db: Db; curriculum: Curriculum; exercises: ExerciseService }) {
  const { db, curriculum, exercises } = deps;

  function checkModule(module: string) {
    if (!curriculum.modules.some((m) => m.id === module))
      throw new ValidationError(`body.module "${module}" is not a course module`, [
        { field: "body.module", message: `must be one of ${curriculum.modules.map((m) => m.id).join(", ")}` },
      ]);
  }

  /** An exercise this viewer may change: 404 when they cannot even see it, 403 when it is not theirs. */
  async function editable(viewer: Viewer, id: string): Promise<CustomExercise> {
    if (curriculum.exercises.some((e) => e.id === id))
      throw new ForbiddenError("Curriculum exercises are edited in the content repository");
    const found = await findCustomExercise(db, id);
    // teachers never see through classes, so an empty set of class teachers is exact here
    if (!found || !canSee(viewer, found, new Set())) throw new NotFoundError(`Exercise "${id}"`);
    if (!canEdit(viewer, found)) throw new ForbiddenError("You can only change your own exercises");
    return found;
  }

  return {
    async create(author: Viewer, input: ExerciseContent & { id?: string; draft?: boolean; platformWide?: boolean }) {
      checkModule(input.module);
      // a server-made id cannot collide; a chosen one is checked now (fast answer) and decided by the insert
      const id = input.id ?? `custom-${randomUUID()}`;
      if (curriculum.exercises.some((e) => e.id === id) || (input.id && (await findCustomExercise(db, id))))
        throw idTaken(id);
      const def: ExerciseDefinition = { ...content(input), id, origin: "teacher", concepts: [], authorId: author.id };
      await exercises.validateExercise(def);
      const saved = await insertCustomExercise(db, {
        ...def,
        authorId: author.id,
        status: input.draft ? "draft" : "published",
        visibility: input.platformWide ? "platform" : "classes",
      });
      if (!saved) throw idTaken(id);
      return saved;
    },

    async edit(viewer: Viewer, id: string, input: ExerciseContent) {
      const existing = await editable(viewer, id);
      checkModule(input.module);
      const def: ExerciseDefinition = { ...existing, ...content(input) };
      await exercises.validateExercise(def);
      const saved = await updateCustomExercise(db, id, existing.authorId, def);
      if (!saved) throw new NotFoundError(`Exercise "${id}"`);
      return saved;
    },

    async publish(viewer: Viewer, id: string, platformWide: boolean) {
      const existing = await editable(viewer, id);
      const visibility = platformWide ? "platform" : "classes";
      return (await setExerciseStatus(db, id, existing.authorId, { status: "published", visibility }))!;
    },

    async retire(viewer: Viewer, id: string) {
      const existing = await editable(viewer, id);
      return (await setExerciseStatus(db, id, existing.authorId, { status: "retired" }))!;
    },

    listMine: (viewer: Viewer) => listExercisesBy(db, viewer.id),
    getMine: (viewer: Viewer, id: string) => editable(viewer, id),

    /** Generated practice: private and ready for a student; a draft for a teacher to review and publish. */
    async saveGenerated(viewer: Viewer, def: ExerciseDefinition) {
      const student = viewer.role === "student";
      const saved = await insertCustomExercise(db, {
        ...def,
        authorId: viewer.id,
        status: student ? "published" : "draft",
        visibility: student ? "private" : "classes",
      });
      if (!saved) throw new AppError("conflict", 409, "A generated exercise id collided; generate again");
      return saved;
    },
  };
}

function content(input: ExerciseContent): ExerciseContent {
  const { module, title, difficulty, tags, prompt, starter, solution, tests, hints } = input;
  return { module, title, difficulty, tags, prompt, starter, solution, tests, hints };
}

export type AuthoringService = ReturnType<typeof createAuthoringService>;
