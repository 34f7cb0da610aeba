import { z } from "zod";
import { NotFoundError, userOf, type App, type Db } from "@emberlearn/platform";
import { normaliseJoinCode } from "../domain/join-code.ts";
import {
  addMember,
  classesOfStudent,
  classesOfTeacher,
  createClass,
  findClassByCode,
} from "../repository/users-and-classes.ts";

const student = z.object({ id: z.string(), name: z.string(), email: z.string() });
const classBody = z.object({
  id: z.string(),
  name: z.string(),
  /** the exercise service shows a teacher's exercises to the students of that teacher's classes */
  teacherId: z.string(),
  joinCode: z.string().optional(),
  students: z.array(student),
});

export function classRoutes(app: App, db: Db) {
  app.post(
    "/api/auth/classes",
    {
      config: { roles: ["teacher", "admin"] },
      schema: {
        tags: ["classes"],
        summary: "Create a class with a join code",
        body: z.object({ name: z.string().trim().min(2, "must be at least 2 characters").max(80) }),
        response: { 201: classBody },
      },
    },
    async (req, reply) => {
      const c = await createClass(db, userOf(req).id, req.body.name);
      return reply
        .code(201)
        .send({ id: c.id, name: c.name, teacherId: c.teacherId, joinCode: c.joinCode, students: [] });
    },
  );

  app.get(
    "/api/auth/classes",
    {
      schema: {
        tags: ["classes"],
        summary: "A teacher's classes with their students; a student's joined classes",
        response: { 200: z.object({ classes: z.array(classBody) }) },
      },
    },
    async (req) => {
      const me = userOf(req);
      return { classes: me.role === "student" ? await classesOfStudent(db, me.id) : await classesOfTeacher(db, me.id) };
    },
  );

  app.post(
    "/api/auth/classes/join",
    {
      config: { roles: ["student"] },
      schema: {
        tags: ["classes"],
        summary: "Join a class with its code (a student may join several)",
        body: z.object({ code: z.string().min(4).max(20) }),
        response: { 200: z.object({ class: z.object({ id: z.string(), name: z.string() }) }) },
      },
    },
    async (req) => {
      const c = await findClassByCode(db, normaliseJoinCode(req.body.code));
      if (!c) throw new NotFoundError("A class with this join code");
      await addMember(db, c.id, userOf(req).id);
      return { class: { id: c.id, name: c.name } };
    },
  );
}
