import { z } from "zod";
import { userOf, ValidationError, type App, type Logger, type TutorModel } from "@emberlearn/platform";
import { studentView } from "../domain/exercise.ts";
import { generateExercise } from "../generator.ts";
import { upsertCustomExercise } from "../repository/exercise-repository.ts";
import type { Curriculum } from "../repository/curriculum.ts";
import type { ExerciseService } from "../service.ts";
import type { Db } from "@emberlearn/platform";
import { difficulty, studentExercise } from "./schemas.ts";

export function generatorRoutes(
  app: App,
  deps: { svc: ExerciseService; model: TutorModel; logger: Logger; db: Db; curriculum: Curriculum },
) {
  app.post(
    "/api/exercise/generate",
    {
      schema: {
        tags: ["exercises"],
        summary: "Generate a practice exercise for a module and difficulty (checked in the sandbox before it is saved)",
        body: z.object({ module: z.string(), difficulty }),
        response: { 201: studentExercise },
      },
    },
    async (req, reply) => {
      const module = deps.curriculum.modules.find((m) => m.id === req.body.module);
      if (!module)
        throw new ValidationError(`body.module "${req.body.module}" is not a course module`, [
          { field: "body.module", message: `must be one of ${deps.curriculum.modules.map((m) => m.id).join(", ")}` },
        ]);
      const user = userOf(req);
      const def = await generateExercise(deps, {
        module: module.id,
        moduleTitle: module.title,
        difficulty: req.body.difficulty,
        userId: user.id,
      });
      await upsertCustomExercise(deps.db, def);
      return reply.code(201).send(studentView(def, user.id));
    },
  );
}
