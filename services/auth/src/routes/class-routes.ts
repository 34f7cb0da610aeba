import { authClasses, authCreateClass, authJoinClass } from "@emberlearn/contracts/http";
import { userOf, type App } from "@emberlearn/platform";
import type { Classes } from "../service/classes.ts";

export function classRoutes(app: App, classes: Classes) {
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
    async (req, reply) => reply.code(201).send(await classes.create(userOf(req).id, req.body.name)),
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
    async (req) => ({ classes: await classes.listFor(userOf(req)) }),
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
    async (req) => ({ class: await classes.join(userOf(req).id, req.body.code) }),
  );
}
