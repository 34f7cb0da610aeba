import { sandboxRun, sandboxTest } from "@emberlearn/contracts/http";
import { userOf, type App } from "@emberlearn/platform";
import { runHelpers, type RunDeps } from "./run-helpers.ts";

export function runRoutes(app: App, deps: RunDeps) {
  const { guarded, recorded } = runHelpers(app, deps);

  app.post(
    "/api/sandbox/run",
    {
      schema: {
        tags: ["sandbox"],
        summary: "Run a Python program (5 s, 50 MB, no network, standard library only)",
        body: sandboxRun.body,
        response: { 200: sandboxRun.response },
      },
    },
    async (req) => {
      const user = userOf(req).id;
      const { exerciseId, moduleId, ...input } = req.body;
      const result = await guarded(() => deps.sandbox.run({ ...input, user }));
      recorded(user, result, { code: input.code, exerciseId, moduleId });
      return result;
    },
  );

  app.post(
    "/api/sandbox/test",
    {
      config: { internal: true },
      schema: {
        tags: ["sandbox"],
        summary:
          "Grade code against unittest tests, as `python -m unittest` would (service-to-service; " +
          "the code is importable as `moduleName`, default `student`)",
        body: sandboxTest.body,
        response: { 200: sandboxTest.response },
      },
    },
    async (req) => {
      const { studentId, exerciseId, moduleId, ...input } = req.body;
      const user = studentId ?? userOf(req).id;
      const result = await guarded(() => deps.sandbox.runTests({ ...input, user }));
      recorded(user, result, { code: input.code, exerciseId, moduleId });
      return result;
    },
  );
}
