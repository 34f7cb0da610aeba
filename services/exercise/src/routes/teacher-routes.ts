import { randomUUID } from "node:crypto";
import { z } from "zod";
import { ForbiddenError, NotFoundError, userOf, ValidationError, type App, type Db } from "@emberlearn/platform";
import type { ExerciseService } from "../service.ts";
import { renderExercise, variantSeed } from "../domain/exercise.ts";
import type { Curriculum } from "../repository/curriculum.ts";
import { insertAssignment, listAssignments } from "../repository/exercise-repository.ts";
import type { ClassDirectory } from "../repository/class-directory.ts";
import { exerciseInput, studentExercise } from "./schemas.ts";

const teacherOnly = { roles: ["teacher", "admin"] as ("teacher" | "admin")[] };
const assignment = z.object({
  id: z.string(),
  classId: z.string(),
  exerciseId: z.string(),
  assignedBy: z.string(),
  dueAt: z.string().nullable(),
  createdAt: z.string(),
});

export function teacherRoutes(app: App, svc: ExerciseService, db: Db, curriculum: Curriculum, classes: ClassDirectory) {
  const checkModule = (module: string) => {
    if (!curriculum.modules.some((m) => m.id === module))
      throw new ValidationError(`body.module "${module}" is not a course module`, [
        { field: "body.module", message: `must be one of ${curriculum.modules.map((m) => m.id).join(", ")}` },
      ]);
  };

  app.post(
    "/api/exercise/exercises",
    {
      config: teacherOnly,
      schema: {
        tags: ["teacher"],
        summary:
          "Create an exercise: accepted only if the solution passes its tests in the sandbox and the starter fails",
        body: exerciseInput,
        response: { 201: studentExercise },
      },
    },
    async (req, reply) => {
      checkModule(req.body.module);
      const id = req.body.id ?? `custom-${randomUUID().slice(0, 8)}`;
      if ((await svc.allExercises()).some((e) => e.id === id))
        throw new ValidationError(`body.id "${id}" is already taken`, [
          { field: "body.id", message: "is already taken" },
        ]);
      const view = await svc.saveCustom({ ...req.body, id, origin: "teacher", concepts: [], authorId: userOf(req).id });
      return reply.code(201).send(view);
    },
  );

  app.put(
    "/api/exercise/exercises/:exerciseId",
    {
      config: teacherOnly,
      schema: {
        tags: ["teacher"],
        summary: "Edit one of my exercises (validated again in the sandbox)",
        params: z.object({ exerciseId: z.string() }),
        body: exerciseInput.omit({ id: true }),
        response: { 200: studentExercise },
      },
    },
    async (req) => {
      const existing = await svc.getExercise(req.params.exerciseId);
      if (existing.origin === "curriculum")
        throw new ForbiddenError("Curriculum exercises are edited in the content repository");
      if (existing.authorId !== userOf(req).id && userOf(req).role !== "admin")
        throw new ForbiddenError("You can only edit your own exercises");
      checkModule(req.body.module);
      return svc.saveCustom({
        ...req.body,
        id: existing.id,
        origin: existing.origin,
        concepts: [],
        authorId: existing.authorId!,
      });
    },
  );

  app.get(
    "/api/exercise/exercises/:exerciseId/solution",
    {
      config: teacherOnly,
      schema: {
        tags: ["teacher"],
        summary: "The reference solution (of one student's variant), for teachers helping a student",
        params: z.object({ exerciseId: z.string() }),
        querystring: z.object({ studentId: z.string().optional() }),
        response: { 200: z.object({ exerciseId: z.string(), variant: z.string(), solution: z.string() }) },
      },
    },
    async (req) => {
      const def = await svc.getExercise(req.params.exerciseId);
      const { exercise, variant } = renderExercise(def, variantSeed(req.query.studentId ?? userOf(req).id, def.id));
      return { exerciseId: def.id, variant, solution: exercise.solution };
    },
  );

  app.post(
    "/api/exercise/assignments",
    {
      config: teacherOnly,
      schema: {
        tags: ["teacher"],
        summary: "Assign an exercise to one of my classes",
        body: z.object({
          classId: z.string().min(1),
          exerciseId: z.string().min(1),
          dueAt: z.string().datetime({ offset: true }).optional(),
        }),
        response: { 201: assignment },
      },
    },
    async (req, reply) => {
      if (!(await classes.classIdsOfCaller()).has(req.body.classId)) throw new NotFoundError("Class");
      await svc.getExercise(req.body.exerciseId);
      const a = {
        id: randomUUID(),
        classId: req.body.classId,
        exerciseId: req.body.exerciseId,
        assignedBy: userOf(req).id,
        dueAt: req.body.dueAt ?? null,
      };
      if (!(await insertAssignment(db, a)))
        throw new ValidationError("This exercise is already assigned to this class", [
          { field: "body.exerciseId", message: "is already assigned to this class" },
        ]);
      return reply.code(201).send({ ...a, createdAt: new Date().toISOString() });
    },
  );

  app.get(
    "/api/exercise/assignments",
    {
      schema: {
        tags: ["exercises"],
        summary: "Assignments of my classes (a teacher's own classes, or the classes a student joined)",
        response: {
          200: z.object({ assignments: z.array(assignment.extend({ title: z.string(), module: z.string() })) }),
        },
      },
    },
    async () => {
      const all = await svc.allExercises();
      const rows = await listAssignments(db, [...(await classes.classIdsOfCaller())]);
      return {
        assignments: rows.map((r) => ({
          ...r,
          title: all.find((e) => e.id === r.exerciseId)?.title ?? r.exerciseId,
          module: all.find((e) => e.id === r.exerciseId)?.module ?? "",
        })),
      };
    },
  );
}
