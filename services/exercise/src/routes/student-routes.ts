import { userOf, type App } from "@emberlearn/platform";
import type { ExerciseService } from "../service/exercises.ts";
import type { SubmissionService } from "../service/submissions.ts";
import {
  exerciseGet,
  exerciseHintGet,
  exerciseList,
  exerciseModules,
  exerciseSubmissions,
  exerciseSubmit,
  mySubmissions,
} from "@emberlearn/contracts/http";

export function studentRoutes(app: App, deps: { exercises: ExerciseService; submissions: SubmissionService }) {
  const { exercises, submissions } = deps;
  app.get(
    "/api/exercise/modules",
    {
      schema: {
        tags: ["exercises"],
        summary: "The course modules",
        response: { 200: exerciseModules.response },
      },
    },
    async () => ({ modules: exercises.modules() }),
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
    async (req) => ({ exercises: await exercises.list(userOf(req), req.query) }),
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
    async (req) => exercises.view(userOf(req), req.params.exerciseId),
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
    async (req) => submissions.submit(userOf(req), req.params.exerciseId, req.body.code),
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
    async (req) => ({ submissions: await submissions.mine(userOf(req).id, req.params.exerciseId) }),
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
    async (req) => exercises.hint(userOf(req), req.params.exerciseId, req.params.level),
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
    async (req) => ({ submissions: await submissions.mine(userOf(req).id) }),
  );
}
