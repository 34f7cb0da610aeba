import { authClasses, authCreateClass, authJoinClass } from "@emberlearn/contracts/http";
import { NotFoundError, userOf, type App, type Db } from "@emberlearn/platform";
import { normaliseJoinCode } from "../domain/join-code.ts";
import {
  addMember,
  classesOfStudent,
  classesOfTeacher,
  createClass,
  findClassByCode,
} from "../repository/users-and-classes.ts";

export function classRoutes(app: App, db: Db) {
  app.post(
    "/api/auth/classes",
    {
      config: { roles: ["teacher", "admin"] },
      schema: {
        tags: ["classes"],
        summary: "Create a class with a join code",
        body: authCreateClass.body,
        response: { 201: authCreateClass.response },
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
        response: { 200: authClasses.response },
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
        body: authJoinClass.body,
        response: { 200: authJoinClass.response },
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
