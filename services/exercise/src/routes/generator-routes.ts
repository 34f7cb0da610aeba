import { userOf, type App } from "@emberlearn/platform";
import { exerciseGenerate } from "@emberlearn/contracts/http";
import type { createGenerator } from "../service/generator.ts";

export function generatorRoutes(app: App, generate: ReturnType<typeof createGenerator>) {
  app.post(
    "/api/exercise/generate",
    {
      schema: {
        tags: ["exercises"],
        summary:
          "Generate a practice exercise for a module and difficulty (checked in the sandbox before it is saved). " +
          "A student's is private to them; a teacher's is a draft until they publish it",
        body: exerciseGenerate.body,
        response: { 201: exerciseGenerate.response },
      },
    },
    async (req, reply) => reply.code(201).send(await generate(userOf(req), req.body)),
  );
}
