import { userOf, ValidationError, type App, type Logger, type TutorModel } from "@emberlearn/platform";
import type { AuthoringService } from "../authoring-service.ts";
import { studentView } from "../domain/exercise.ts";
import { generateExercise } from "../generator.ts";
import type { Curriculum } from "../repository/curriculum.ts";
import type { ExerciseService } from "../service.ts";
import { exerciseGenerate } from "@emberlearn/contracts/http";

export function generatorRoutes(
  app: App,
  deps: {
    svc: ExerciseService;
    authoring: AuthoringService;
    model: TutorModel;
    logger: Logger;
    curriculum: Curriculum;
  },
) {
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
      const saved = await deps.authoring.saveGenerated(user, def);
      return reply.code(201).send(studentView(saved, user.id));
    },
  );
}
