import { randomUUID } from "node:crypto";
import { AppError, NotFoundError, type Db } from "@emberlearn/platform";
import { assignmentStatus, reminderFor } from "../domain/assignment-status.ts";
import type { Viewer } from "../domain/visibility.ts";
import type { ClassDirectory } from "../repository/class-directory.ts";
import { insertAssignment, listAssignments } from "../repository/exercise-repository.ts";
import { submissionFacts } from "../repository/teacher-queries.ts";
import type { ExerciseService } from "./exercises.ts";

// A teacher assigns a published exercise they can see to one of their classes; a class's members see its
// assignments, a student each with their status and a reminder.

export function createAssignmentService(deps: { db: Db; exercises: ExerciseService; classes: ClassDirectory }) {
  const { db, exercises, classes } = deps;
  return {
    async create(user: Viewer, req: { classId: string; exerciseId: string; dueAt?: string | null }) {
      if (!(await classes.classIdsOfCaller()).has(req.classId)) throw new NotFoundError("Class");
      const def = await exercises.getVisible(exercises.viewer(user), req.exerciseId).catch((err) => {
        throw err instanceof NotFoundError
          ? new AppError("not-found", 404, `Exercise "${req.exerciseId}" not found`, [
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
        classId: req.classId,
        exerciseId: req.exerciseId,
        assignedBy: user.id,
        dueAt: req.dueAt ?? null,
      };
      // the database decides a second assignment of the same exercise to the class (two at once cannot both win)
      if (!(await insertAssignment(db, a)))
        throw new AppError("conflict", 409, "This exercise is already assigned to this class", [
          { field: "body.exerciseId", message: "is already assigned to this class" },
        ]);
      return { ...a, createdAt: new Date().toISOString() };
    },

    /** The caller's classes' assignments; a student's with their status, soonest due first. */
    async list(user: Viewer) {
      const viewer = exercises.viewer(user);
      const visible = new Map((await exercises.visibleTo(viewer)).map((e) => [e.id, e]));
      const mine = await classes.classesOfCaller();
      const names = new Map(mine.map((c) => [c.id, c.name]));
      const rows = await listAssignments(db, [...names.keys()]);
      // an exercise the caller can no longer see (retired, for a student) takes its assignment out of the list
      const listed = rows.flatMap((r) => {
        const exercise = visible.get(r.exerciseId);
        if (!exercise) return [];
        return [{ ...r, title: exercise.title, module: exercise.module, className: names.get(r.classId) ?? "" }];
      });
      if (viewer.role !== "student") return listed;
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
      return withStatus.sort((x, y) => due(x) - due(y));
    },
  };
}

export type AssignmentService = ReturnType<typeof createAssignmentService>;
