import { sandboxRun, sandboxTest } from "@emberlearn/contracts/http";
import { userOf, type App } from "@emberlearn/platform";
import type { RunService } from "../service/runs.ts";

export function runRoutes(app: App, runs: RunService) {
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
    async (req) => runs.run(userOf(req).id, req.body),
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
    async (req) => runs.test(userOf(req).id, req.body),
  );
}
