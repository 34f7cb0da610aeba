import { userOf, type App } from "@emberlearn/platform";
import { studentView } from "../domain/exercise.ts";
import { bestScores, listSubmissions } from "../repository/exercise-repository.ts";
import type { ExerciseService } from "../service.ts";
import type { Curriculum } from "../repository/curriculum.ts";
import type { Db } from "@emberlearn/platform";
import type { ClassDirectory } from "../repository/class-directory.ts";
import {
  exerciseGet,
  exerciseHintGet,
  exerciseList,
  exerciseModules,
  exerciseSubmissions,
  exerciseSubmit,
  mySubmissions,
} from "@emberlearn/contracts/http";
import { degradedViewer, viewerOf } from "./viewer.ts";

export function studentRoutes(
  app: App,
  deps: { svc: ExerciseService; db: Db; curriculum: Curriculum; classes: ClassDirectory },
) {
  const { svc, db, curriculum, classes } = deps;
  app.get(
    "/api/exercise/modules",
    {
      schema: {
        tags: ["exercises"],
        summary: "The course modules",
        response: { 200: exerciseModules.response },
      },
    },
    async () => ({ modules: curriculum.modules }),
  );

  app.get(
    "/api/exercise/exercises",
    {
      schema: {
        tags: ["exercises"],
        summary:
          "The exercises I may see (the curriculum, my own practice, my teachers' published ones), " +
          "filtered by module and difficulty, with my best score",
        querystring: exerciseList.query,
        response: { 200: exerciseList.response },
      },
    },
    async (req) => {
      const best = await bestScores(db, userOf(req).id);
      const list = (await svc.visibleTo(degradedViewer(viewerOf(req, classes), req.log))).filter(
        (e) =>
          (!req.query.module || e.module === req.query.module) &&
          (!req.query.difficulty || e.difficulty === req.query.difficulty),
      );
      return {
        exercises: list.map((e) => {
          const v = studentView(e, userOf(req).id);
          return {
            id: v.id,
            origin: v.origin,
            module: v.module,
            title: v.title,
            difficulty: v.difficulty,
            tags: v.tags,
            bestScore: best.get(e.id) ?? null,
          };
        }),
      };
    },
  );

  app.get(
    "/api/exercise/exercises/:exerciseId",
    {
      schema: {
        tags: ["exercises"],
        summary: "One exercise (my variant; never the tests or the solution)",
        params: exerciseGet.params,
        response: { 200: exerciseGet.response },
      },
    },
    async (req) => studentView(await svc.getVisible(viewerOf(req, classes), req.params.exerciseId), userOf(req).id),
  );

  app.post(
    "/api/exercise/exercises/:exerciseId/submissions",
    {
      schema: {
        tags: ["exercises"],
        summary: "Submit code: graded by the hidden tests in the sandbox",
        params: exerciseSubmit.params,
        body: exerciseSubmit.body,
        response: { 200: exerciseSubmit.response },
      },
    },
    async (req) => svc.submit(viewerOf(req, classes), req.params.exerciseId, req.body.code),
  );

  app.get(
    "/api/exercise/exercises/:exerciseId/submissions",
    {
      schema: {
        tags: ["exercises"],
        summary: "My submissions to this exercise, newest first",
        params: exerciseSubmissions.params,
        response: { 200: exerciseSubmissions.response },
      },
    },
    async (req) => ({ submissions: await listSubmissions(db, userOf(req).id, req.params.exerciseId) }),
  );

  app.get(
    "/api/exercise/exercises/:exerciseId/hints/:level",
    {
      schema: {
        tags: ["exercises"],
        summary: "The hint ladder, one step at a time (1 nudge, 2 concept, 3 pointed)",
        params: exerciseHintGet.params,
        response: { 200: exerciseHintGet.response },
      },
    },
    async (req) =>
      svc.hint(userOf(req).id, await svc.getVisible(viewerOf(req, classes), req.params.exerciseId), req.params.level),
  );

  app.get(
    "/api/exercise/submissions",
    {
      schema: {
        tags: ["exercises"],
        summary: "My recent submissions",
        response: { 200: mySubmissions.response },
      },
    },
    async (req) => ({ submissions: await listSubmissions(db, userOf(req).id) }),
  );
}
