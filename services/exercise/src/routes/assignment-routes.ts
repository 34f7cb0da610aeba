import { randomUUID } from "node:crypto";
import { AppError, NotFoundError, userOf, type App, type Db } from "@emberlearn/platform";
import type { ExerciseService } from "../service.ts";
import { insertAssignment, listAssignments } from "../repository/exercise-repository.ts";
import type { ClassDirectory } from "../repository/class-directory.ts";
import { viewerOf } from "./viewer.ts";
import { assignmentStatus, reminderFor } from "../domain/assignment-status.ts";
import { submissionFacts } from "../repository/teacher-queries.ts";
import { assignmentCreate, assignmentList } from "@emberlearn/contracts/http";

const teacherOnly = { roles: ["teacher", "admin"] as ("teacher" | "admin")[] };
export function assignmentRoutes(app: App, svc: ExerciseService, db: Db, classes: ClassDirectory) {
  app.post(
    "/api/exercise/assignments",
    {
      config: teacherOnly,
      schema: {
        tags: ["teacher"],
        summary:
          "Assign a published exercise I can see (the curriculum's, mine, a platform-wide one) to one of my classes",
        body: assignmentCreate.body,
        response: { 201: assignmentCreate.response },
      },
    },
    async (req, reply) => {
      if (!(await classes.classIdsOfCaller()).has(req.body.classId)) throw new NotFoundError("Class");
      const def = await svc.getVisible(viewerOf(req, classes), req.body.exerciseId).catch((err) => {
        throw err instanceof NotFoundError
          ? new AppError("not-found", 404, `Exercise "${req.body.exerciseId}" not found`, [
              { field: "body.exerciseId", message: "is not an exercise you can assign" },
            ])
          : err;
      });
      if (def.status && def.status !== "published")
        throw new AppError("conflict", 409, `This exercise is ${def.status}: publish it before assigning it`, [
          { field: "body.exerciseId", message: `is ${def.status}` },
        ]);
      const a = {
        id: randomUUID(),
        classId: req.body.classId,
        exerciseId: req.body.exerciseId,
        assignedBy: userOf(req).id,
        dueAt: req.body.dueAt ?? null,
      };
      if (!(await insertAssignment(db, a)))
        throw new AppError("conflict", 409, "This exercise is already assigned to this class", [
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
        summary:
          "Assignments of my classes (a teacher's own classes, or the classes a student joined). " +
          "For a student, each carries my status and a reminder (due-soon: within 48 h; overdue), soonest due first",
        response: { 200: assignmentList.response },
      },
    },
    async (req) => {
      const viewer = viewerOf(req, classes);
      const visible = new Map((await svc.visibleTo(viewer)).map((e) => [e.id, e]));
      const mine = await classes.classesOfCaller();
      const names = new Map(mine.map((c) => [c.id, c.name]));
      const rows = await listAssignments(db, [...names.keys()]);
      // an exercise the caller can no longer see (retired, for a student) takes its assignment out of the list
      const listed = rows.flatMap((r) => {
        const exercise = visible.get(r.exerciseId);
        if (!exercise) return [];
        return [{ ...r, title: exercise.title, module: exercise.module, className: names.get(r.classId) ?? "" }];
      });
      if (viewer.role !== "student") return { assignments: listed };
      const now = new Date();
      const withStatus = [];
      for (const r of listed) {
        const facts = (await submissionFacts(db, [viewer.id], r.exerciseId)).get(viewer.id) ?? [];
        const s = assignmentStatus(facts, r.dueAt, now);
        withStatus.push({
          ...r,
          status: s.status,
          detail: s.detail,
          bestScore: s.bestScore,
          reminder: reminderFor(s, r.dueAt, now),
        });
      }
      const due = (x: { dueAt: string | null }) => (x.dueAt ? Date.parse(x.dueAt) : Number.POSITIVE_INFINITY);
      return { assignments: withStatus.sort((x, y) => due(x) - due(y)) };
    },
  );
}
