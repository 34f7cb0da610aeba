import { z } from "zod";
import { serviceEntry } from "@emberlearn/contracts";
import { codeReview as reviewEndpoint } from "@emberlearn/contracts/http";
import {
  createMemoryBudgetStore,
  createEmitter,
  createOutboxRelay,
  createService,
  createTutorModel,
  defineService,
} from "@emberlearn/platform";
import { readCurriculum } from "./repository/curriculum.ts";
import { createSandboxGrader } from "./repository/sandbox-client.ts";
import { createClassDirectory } from "./repository/class-directory.ts";
import { inbox, outbox } from "./repository/schema.ts";
import { createExerciseService } from "./service.ts";
import { createQuizService } from "./quiz-service.ts";
import { createAuthoringService } from "./authoring-service.ts";
import { studentRoutes } from "./routes/student-routes.ts";
import { quizRoutes } from "./routes/quiz-routes.ts";
import { authoringRoutes } from "./routes/authoring-routes.ts";
import { assignmentRoutes } from "./routes/assignment-routes.ts";
import { assignmentStatusRoutes } from "./routes/assignment-status-routes.ts";
import { teacherStudentRoutes } from "./routes/teacher-student-routes.ts";
import { tutorRoutes } from "./routes/tutor-routes.ts";
import { generatorRoutes } from "./routes/generator-routes.ts";
import { guardRoutes } from "./routes/guard-routes.ts";
import { createRateLimiter } from "./domain/rate-limit.ts";

const entry = serviceEntry("exercise");

export const configSchema = z.object({
  EXERCISE_CHECKS_PER_MINUTE: z.coerce.number({ message: "must be a whole number" }).int().positive().default(20),
  /** minutes between submitting a quiz attempt and starting the next one (docs/mastery.md) */
  QUIZ_COOLDOWN_MINUTES: z.coerce.number({ message: "must be a number of minutes" }).min(0).max(10_080).default(10),
});
const tables = { outbox, inbox };

export const exerciseModule = defineService({
  name: "exercise",
  migrations: new URL("../migrations", import.meta.url).pathname,
  configSchema,
  async create({ config: cfg, logger, verifyToken, database, bus, client }) {
    const db = database.db;
    const relay = createOutboxRelay({ db, tables, bus, logger });
    const events = createEmitter({ db, tables, relay, source: "exercise" });
    const curriculum = await readCurriculum();
    const sandbox = client("sandbox", 30_000);
    const codeReview = client("code-review", 5_000);
    const grader = createSandboxGrader(sandbox);
    const svc = createExerciseService({
      db,
      events,
      curriculum,
      grader,
      // quality feeds mastery but must never block grading: a failure just leaves it out
      qualityOf: (code) =>
        codeReview
          .request(reviewEndpoint, { body: { code, record: false } })
          .then((r) => r.score)
          .catch((err) => {
            logger.warn({ err: (err as Error).message }, "code review unavailable; grading without a quality score");
            return undefined;
          }),
    });
    const app = await createService({
      name: entry.name,
      prefix: entry.prefix,
      description: entry.description,
      logger,
      verifyToken,
      // not the sandbox's readiness: a sandbox outage must not take exercise browsing down with it
      // (grading answers 503 on its own); readiness gates only what this pod itself needs
      readiness: { database: database.ping },
    });
    const classes = createClassDirectory(client("auth"));
    const authoring = createAuthoringService({ db, curriculum, exercises: svc });
    const quizzes = createQuizService({
      db,
      events,
      curriculum,
      cooldownMinutes: cfg.QUIZ_COOLDOWN_MINUTES,
    });
    studentRoutes(app, { svc, db, curriculum, classes });
    quizRoutes(app, quizzes);
    authoringRoutes(app, svc, authoring, classes);
    assignmentRoutes(app, svc, db, classes);
    tutorRoutes(app, {
      svc,
      progress: client("progress"),
      grader,
      limiter: createRateLimiter({ max: cfg.EXERCISE_CHECKS_PER_MINUTE, windowMs: 60_000 }),
      classes,
    });
    assignmentStatusRoutes(app, { db, curriculum, classes });
    teacherStudentRoutes(app, { db, curriculum, classes });
    const model = createTutorModel({
      apiKey: cfg.OPENAI_API_KEY,
      baseURL: cfg.OPENAI_BASE_URL,
      model: cfg.OPENAI_MODEL,
      budget: createMemoryBudgetStore(),
      logger,
    });
    generatorRoutes(app, { svc, authoring, model, logger, curriculum });
    guardRoutes(app, svc);
    return { app, start: async () => relay.start(), stop: () => relay.stop() };
  },
});
