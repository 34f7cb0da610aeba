import { userOf, type App } from "@emberlearn/platform";
import type { AuthoringService } from "../service/authoring.ts";
import type { ExerciseService } from "../service/exercises.ts";
import {
  studioCreate,
  studioEdit,
  studioGet,
  studioImport,
  studioList,
  studioPublish,
  studioRetire,
  studioSolution,
} from "@emberlearn/contracts/http";

// The exercise studio's API: a teacher's own exercises, with every part, and
// the changes of status (draft → published → retired, and back to published).

const teacherOnly = { roles: ["teacher", "admin"] as ("teacher" | "admin")[] };

export function authoringRoutes(app: App, deps: { exercises: ExerciseService; authoring: AuthoringService }) {
  const { exercises, authoring } = deps;
  app.post(
    "/api/exercise/exercises",
    {
      config: teacherOnly,
      schema: {
        tags: ["teacher"],
        summary:
          "Create an exercise, accepted only if the solution passes its tests in the sandbox and the starter fails. " +
          "Published to my classes unless draft; platform-wide only with platformWide. 409 when body.id is taken",
        body: studioCreate.body,
        response: { 201: studioCreate.response },
      },
    },
    async (req, reply) => reply.code(201).send(await authoring.create(userOf(req), req.body)),
  );

  app.post(
    "/api/exercise/studio/import",
    {
      config: teacherOnly,
      schema: {
        tags: ["teacher"],
        summary:
          "Import an exercise folder in the published (Exercism) layout, given as path → text. Accepted only if " +
          ".meta/example.py passes the tests in the sandbox and the stub fails them (400 naming each failing test " +
          "on the file at fault); saved as a draft. 409 when body.id is taken",
        body: studioImport.body,
        response: { 201: studioImport.response },
      },
    },
    async (req, reply) => reply.code(201).send(await authoring.importPublished(userOf(req), req.body)),
  );

  app.put(
    "/api/exercise/exercises/:exerciseId",
    {
      config: teacherOnly,
      schema: {
        tags: ["teacher"],
        summary: "Edit one of my exercises (validated again in the sandbox; status and visibility unchanged)",
        params: studioEdit.params,
        body: studioEdit.body,
        response: { 200: studioEdit.response },
      },
    },
    async (req) => authoring.edit(userOf(req), req.params.exerciseId, req.body),
  );

  app.post(
    "/api/exercise/exercises/:exerciseId/publish",
    {
      config: teacherOnly,
      schema: {
        tags: ["teacher"],
        summary:
          "Publish one of my exercises (a draft, a retired one, or a change of audience) to my classes or everyone",
        params: studioPublish.params,
        body: studioPublish.body,
        response: { 200: studioPublish.response },
      },
    },
    async (req) => authoring.publish(userOf(req), req.params.exerciseId, req.body?.platformWide ?? false),
  );

  app.post(
    "/api/exercise/exercises/:exerciseId/retire",
    {
      config: teacherOnly,
      schema: {
        tags: ["teacher"],
        summary: "Retire one of my exercises: hidden from students, their submissions kept",
        params: studioRetire.params,
        response: { 200: studioRetire.response },
      },
    },
    async (req) => authoring.retire(userOf(req), req.params.exerciseId),
  );

  app.get(
    "/api/exercise/studio/exercises",
    {
      config: teacherOnly,
      schema: {
        tags: ["teacher"],
        summary: "My exercises in every status, with solution and tests, newest change first",
        response: { 200: studioList.response },
      },
    },
    async (req) => ({ exercises: await authoring.listMine(userOf(req)) }),
  );

  app.get(
    "/api/exercise/studio/exercises/:exerciseId",
    {
      config: teacherOnly,
      schema: {
        tags: ["teacher"],
        summary: "One of my exercises, every part",
        params: studioGet.params,
        response: { 200: studioGet.response },
      },
    },
    async (req) => authoring.getMine(userOf(req), req.params.exerciseId),
  );

  app.get(
    "/api/exercise/exercises/:exerciseId/solution",
    {
      config: teacherOnly,
      schema: {
        tags: ["teacher"],
        summary: "The reference solution (of one student's variant) of an exercise I can see, for helping a student",
        params: studioSolution.params,
        querystring: studioSolution.query,
        response: { 200: studioSolution.response },
      },
    },
    async (req) => exercises.solution(userOf(req), req.params.exerciseId, req.query.studentId),
  );
}
