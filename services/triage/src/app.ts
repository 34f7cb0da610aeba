import { z } from "zod";
import { serviceEntry } from "@emberlearn/contracts";
import { createEmitter, createOutboxRelay, createService, createTutorModel, defineService } from "@emberlearn/platform";
import { classifier } from "./domain/index.ts";
import { createDbBudgetStore } from "./repository/conversation-repository.ts";
import { inbox, outbox } from "./repository/schema.ts";
import { chatRoutes } from "./routes/chat-routes.ts";
import { createSpecialists } from "./repository/specialists.ts";
import { teacherRoutes } from "./routes/teacher-routes.ts";

const entry = serviceEntry("triage");

export const configSchema = z.object({
  TUTOR_DAILY_TOKEN_BUDGET: z.coerce
    .number({ message: "must be a whole number of tokens" })
    .int()
    .positive()
    .default(20_000),
  OPENAI_TIMEOUT_MS: z.coerce.number({ message: "must be milliseconds" }).int().positive().default(20_000),
  /** the model agent's bounds per turn: model calls (tool rounds + the answer) and tokens per call */
  TUTOR_AGENT_MAX_STEPS: z.coerce.number({ message: "must be a whole number" }).int().min(1).max(8).default(4),
  TUTOR_AGENT_MAX_TOKENS: z.coerce.number({ message: "must be a whole number" }).int().min(50).max(4000).default(500),
});

export const triageModule = defineService({
  name: "triage",
  migrations: new URL("../migrations", import.meta.url).pathname,
  configSchema,
  async create({ config: cfg, logger, verifyToken, database, bus, client }) {
    const db = database.db;
    const tables = { outbox, inbox };
    const relay = createOutboxRelay({ db, tables, bus, logger });
    const model = createTutorModel({
      apiKey: cfg.OPENAI_API_KEY,
      baseURL: cfg.OPENAI_BASE_URL,
      model: cfg.OPENAI_MODEL,
      timeoutMs: cfg.OPENAI_TIMEOUT_MS,
      dailyTokenBudget: cfg.TUTOR_DAILY_TOKEN_BUDGET,
      budget: createDbBudgetStore(db),
      logger,
    });
    const app = await createService({
      name: entry.name,
      prefix: entry.prefix,
      description: entry.description,
      logger,
      verifyToken,
      readiness: { database: database.ping },
    });
    const specialists = createSpecialists({ client: (name) => client(name, 15_000), logger });
    const agentLimits = { maxSteps: cfg.TUTOR_AGENT_MAX_STEPS, maxTokens: cfg.TUTOR_AGENT_MAX_TOKENS };
    chatRoutes(
      app,
      {
        db,
        events: createEmitter({ db, tables, relay, source: "triage" }),
        model,
        classifier,
        specialists,
        logger,
        agentLimits,
      },
      db,
    );
    teacherRoutes(app, { db, auth: client("auth") });
    logger.info({ model: model.enabled ? cfg.OPENAI_MODEL : "offline tutor only" }, "tutor model");
    return { app, start: async () => relay.start(), stop: () => relay.stop() };
  },
});
