import { serviceEntry } from "@emberlearn/contracts";
import { codeReview as reviewEndpoint } from "@emberlearn/contracts/http";
import { createMemoryBudgetStore, createService, createTutorModel, defineService } from "@emberlearn/platform";
import { configSchema } from "./config.ts";
import { createRateLimiter } from "./domain/rate-limit.ts";
import { exerciseEvents } from "./events/outbox.ts";
import { readCurriculum } from "./repository/curriculum.ts";
import { createSandboxGrader } from "./repository/sandbox-client.ts";
import { createClassDirectory } from "./repository/class-directory.ts";
import { assignmentRoutes } from "./routes/assignment-routes.ts";
import { assignmentStatusRoutes } from "./routes/assignment-status-routes.ts";
import { authoringRoutes } from "./routes/authoring-routes.ts";
import { generatorRoutes } from "./routes/generator-routes.ts";
import { guardRoutes } from "./routes/guard-routes.ts";
import { quizRoutes } from "./routes/quiz-routes.ts";
import { studentRoutes } from "./routes/student-routes.ts";
import { teacherStudentRoutes } from "./routes/teacher-student-routes.ts";
import { tutorRoutes } from "./routes/tutor-routes.ts";
import { createAssignmentStatus } from "./service/assignment-status.ts";
import { createAssignmentService } from "./service/assignments.ts";
import { createAuthoringService } from "./service/authoring.ts";
import { createExerciseService } from "./service/exercises.ts";
import { createGenerator } from "./service/generator.ts";
import { createSolutionCheck } from "./service/guard.ts";
import { createQuizService } from "./service/quizzes.ts";
import { createStudentEvidence } from "./service/student-evidence.ts";
import { createSubmissionService } from "./service/submissions.ts";
import { createExerciseTutor } from "./service/tutor.ts";
import { createExerciseValidator } from "./service/validation.ts";

const entry = serviceEntry("exercise");

export const exerciseModule = defineService({
  name: "exercise",
  migrations: new URL("../migrations", import.meta.url).pathname,
  configSchema,
  async create({ config: cfg, logger, verifyToken, database, bus, client }) {
    const db = database.db;
    const { relay, events } = exerciseEvents({ db, bus, logger });
    const curriculum = await readCurriculum();
    const codeReview = client("code-review", 5_000);
    const grader = createSandboxGrader(client("sandbox", 30_000));
    const classes = createClassDirectory(client("auth"));
    const exercises = createExerciseService({ db, curriculum, classes, logger });
    const validate = createExerciseValidator(grader);
    const submissions = createSubmissionService({
      db,
      events,
      grader,
      exercises,
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
    const authoring = createAuthoringService({ db, curriculum, validate });
    const model = createTutorModel({
      apiKey: cfg.OPENAI_API_KEY,
      baseURL: cfg.OPENAI_BASE_URL,
      model: cfg.OPENAI_MODEL,
      budget: createMemoryBudgetStore(),
      logger,
    });
    const limiter = createRateLimiter({ max: cfg.EXERCISE_CHECKS_PER_MINUTE, windowMs: 60_000 });
    studentRoutes(app, { exercises, submissions });
    quizRoutes(app, createQuizService({ db, events, curriculum, cooldownMinutes: cfg.QUIZ_COOLDOWN_MINUTES }));
    authoringRoutes(app, { exercises, authoring });
    assignmentRoutes(app, createAssignmentService({ db, exercises, classes }));
    tutorRoutes(app, createExerciseTutor({ exercises, progress: client("progress"), grader, limiter }));
    assignmentStatusRoutes(app, createAssignmentStatus({ db, exercises, classes }));
    teacherStudentRoutes(app, createStudentEvidence({ db, curriculum, classes, exercises }));
    generatorRoutes(app, createGenerator({ curriculum, authoring, validate, model, logger }));
    guardRoutes(app, createSolutionCheck(exercises));
    return { app, start: async () => relay.start(), stop: () => relay.stop() };
  },
});
