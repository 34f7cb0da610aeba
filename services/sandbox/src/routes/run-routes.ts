import { z } from "zod";
import { MAX_CODE_BYTES, runFile, runResult, testRequest, testRunResult } from "@emberlearn/contracts/sandbox";
import { learningContext } from "@emberlearn/contracts";
import { userOf, type App } from "@emberlearn/platform";
import { runHelpers, type RunDeps } from "./run-helpers.ts";

const context = learningContext;
const runBody = z.object({
  code: z.string().max(MAX_CODE_BYTES, "must be at most 64 KB of code"),
  stdin: z
    .string()
    .max(64 * 1024)
    .optional(),
  files: z.array(runFile).max(20).optional(),
  timeoutMs: z.number().int().min(100).max(5000).optional(),
  ...context,
});

export function runRoutes(app: App, deps: RunDeps) {
  const { guarded, recorded } = runHelpers(app, deps);

  app.post(
    "/api/sandbox/run",
    {
      schema: {
        tags: ["sandbox"],
        summary: "Run a Python program (5 s, 50 MB, no network, standard library only)",
        body: runBody,
        response: { 200: runResult },
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
          "Grade code against unittest tests, as `python -m unittest` would (service-to-service; the code is importable as `moduleName`, default `student`)",
        body: testRequest,
        response: { 200: testRunResult },
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
