import { randomUUID } from "node:crypto";
import { LayoutError, readPublishedExercise, type PublishedExercise } from "@emberlearn/content/published";
import { AppError, ForbiddenError, NotFoundError, ValidationError, type Db } from "@emberlearn/platform";
import { gradingInput, type ExerciseDefinition } from "../domain/exercise.ts";
import { canEdit, canSee, type Viewer } from "../domain/visibility.ts";
import type { Curriculum } from "../repository/curriculum.ts";
import {
  findCustomExercise,
  insertCustomExercise,
  listExercisesBy,
  setExerciseStatus,
  updateCustomExercise,
  type CustomExercise,
} from "../repository/custom-exercise-repository.ts";
import type { ValidateExercise } from "./validation.ts";

// Teachers' exercises: create (validated in the sandbox), edit, publish to
// their classes or on purpose to the whole platform, retire. Generated
// practice is saved here too: private to a student who asked, a draft for a
// teacher until they publish it.

export type ExerciseContent = Pick<
  ExerciseDefinition,
  "module" | "title" | "difficulty" | "tags" | "prompt" | "starter" | "solution" | "tests" | "hints"
> &
  Pick<ExerciseDefinition, "moduleName" | "testModule" | "helpers" | "files">;

/** A folder in the published layout (docs/api.md), with what that layout does not say. */
export interface PublishedImport {
  files: Record<string, string>;
  module: string;
  difficulty: ExerciseDefinition["difficulty"];
  id?: string;
  title?: string;
  tags: string[];
  hints?: string[];
}

// the sandbox service's body limit (256 KB) less room for the request's other fields
const MAX_GRADING_BYTES = 248 * 1024;

const fileField = (path: string) => `body.files[${JSON.stringify(path)}]`;

function readFolder(files: Record<string, string>): PublishedExercise {
  try {
    return readPublishedExercise(files);
  } catch (err) {
    if (!(err instanceof LayoutError)) throw err;
    throw new ValidationError(`The folder cannot be imported: ${err.message}`, [
      { field: err.file ? fileField(err.file) : "body.files", message: err.reason },
    ]);
  }
}

const idTaken = (id: string) =>
  new AppError("conflict", 409, `body.id "${id}" is already taken`, [
    { field: "body.id", message: "is already taken" },
  ]);

export function createAuthoringService(deps: { db: Db; curriculum: Curriculum; validate: ValidateExercise }) {
  const { db, curriculum, validate } = deps;

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

  // a server-made id cannot collide; a chosen one is checked now (fast answer) and decided by the insert
  async function freeId(wanted: string | undefined): Promise<string> {
    const id = wanted ?? `custom-${randomUUID()}`;
    if (curriculum.exercises.some((e) => e.id === id) || (wanted && (await findCustomExercise(db, id))))
      throw idTaken(id);
    return id;
  }

  async function save(author: Viewer, def: ExerciseDefinition, how: { draft?: boolean; platformWide?: boolean }) {
    const saved = await insertCustomExercise(db, {
      ...def,
      authorId: author.id,
      status: how.draft ? "draft" : "published",
      visibility: how.platformWide ? "platform" : "classes",
    });
    if (!saved) throw idTaken(def.id);
    return saved;
  }

  return {
    async create(author: Viewer, input: ExerciseContent & { id?: string; draft?: boolean; platformWide?: boolean }) {
      checkModule(input.module);
      const id = await freeId(input.id);
      const def: ExerciseDefinition = { ...content(input), id, origin: "teacher", concepts: [], authorId: author.id };
      await validate(def);
      return save(author, def, input);
    },

    /** A published folder, validated like a created exercise, saved as a draft for its author to preview. */
    async importPublished(author: Viewer, input: PublishedImport) {
      checkModule(input.module);
      const folder = readFolder(input.files);
      const id = await freeId(input.id);
      const { slug: _slug, paths, hints, title, ...parts } = folder;
      const def: ExerciseDefinition = {
        ...parts,
        id,
        origin: "teacher",
        module: input.module,
        difficulty: input.difficulty,
        title: input.title ?? title,
        tags: input.tags,
        concepts: [],
        hints: input.hints ?? hints,
        authorId: author.id,
      };
      // escaping can grow a folder near the size limit past what the sandbox takes in one request
      if (Buffer.byteLength(JSON.stringify(gradingInput(def, def.solution))) > MAX_GRADING_BYTES)
        throw new ValidationError("The folder is too large to grade once encoded", [
          {
            field: "body.files",
            message: `must encode to at most ${MAX_GRADING_BYTES / 1024} KB of tests, helpers and data`,
          },
        ]);
      await validate(def, { solution: fileField(paths.solution), starter: fileField(paths.starter) });
      return save(author, def, { draft: true });
    },

    async edit(viewer: Viewer, id: string, input: ExerciseContent) {
      const existing = await editable(viewer, id);
      checkModule(input.module);
      const def: ExerciseDefinition = { ...existing, ...content(input) };
      await validate(def);
      const saved = await updateCustomExercise(db, id, existing.authorId, def);
      if (!saved) throw new NotFoundError(`Exercise "${id}"`);
      return saved;
    },

    async publish(viewer: Viewer, id: string, platformWide: boolean) {
      const existing = await editable(viewer, id);
      const visibility = platformWide ? "platform" : "classes";
      return await setExerciseStatus(db, id, existing.authorId, { status: "published", visibility });
    },

    async retire(viewer: Viewer, id: string) {
      const existing = await editable(viewer, id);
      return await setExerciseStatus(db, id, existing.authorId, { status: "retired" });
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

/** The content fields of a request; the grading parts only when sent, so an edit keeps the others. */
function content(input: ExerciseContent): ExerciseContent {
  const { module, title, difficulty, tags, prompt, starter, solution, tests, hints } = input;
  const { moduleName, testModule, helpers, files } = input;
  return {
    ...{ module, title, difficulty, tags, prompt, starter, solution, tests, hints },
    ...(moduleName !== undefined ? { moduleName } : {}),
    ...(testModule !== undefined ? { testModule } : {}),
    ...(helpers !== undefined ? { helpers } : {}),
    ...(files !== undefined ? { files } : {}),
  };
}

export type AuthoringService = ReturnType<typeof createAuthoringService>;
