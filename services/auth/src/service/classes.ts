import { NotFoundError, type Db } from "@emberlearn/platform";
import { normaliseJoinCode } from "../domain/join-code.ts";
import {
  addMember,
  classesOfStudent,
  classesOfTeacher,
  createClass,
  findClassByCode,
} from "../repository/users-and-classes.ts";

// Classes: a teacher creates one and hands out its join code; students join with it (several classes each).
// The roster is what progress and triage ask for when a teacher opens a student's work.
export function createClasses(db: Db) {
  return {
    async create(teacherId: string, name: string) {
      const c = await createClass(db, teacherId, name);
      return { id: c.id, name: c.name, teacherId: c.teacherId, joinCode: c.joinCode, students: [] };
    },

    /** A teacher's (or admin's) own classes with their students; a student's joined classes, without classmates. */
    listFor: (caller: { id: string; role: string }) =>
      caller.role === "student" ? classesOfStudent(db, caller.id) : classesOfTeacher(db, caller.id),

    async join(studentId: string, code: string) {
      const c = await findClassByCode(db, normaliseJoinCode(code));
      if (!c) throw new NotFoundError("A class with this join code");
      await addMember(db, c.id, studentId);
      return { id: c.id, name: c.name };
    },
  };
}

export type Classes = ReturnType<typeof createClasses>;
