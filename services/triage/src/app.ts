import { serviceEntry } from "@emberlearn/contracts";
import { createService, createTutorModel, defineService } from "@emberlearn/platform";
import { configSchema } from "./config.ts";
import { classifier } from "./domain/index.ts";
import { tutorEvents } from "./events/outbox.ts";
import { createDbBudgetStore } from "./repository/conversation-repository.ts";
import { createSpecialists } from "./repository/specialists.ts";
import { chatRoutes } from "./routes/chat-routes.ts";
import { teacherRoutes } from "./routes/teacher-routes.ts";
import { createConversations } from "./service/conversations.ts";
import { createTutor } from "./service/tutor-turn.ts";

const entry = serviceEntry("triage");

export const triageModule = defineService({
  name: "triage",
  migrations: new URL("../migrations", import.meta.url).pathname,
  configSchema,
  async create({ config: cfg, logger, verifyToken, database, bus, client }) {
    const db = database.db;
    const { relay, events } = tutorEvents({ db, bus, logger });
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
    const conversations = createConversations({ db, auth: client("auth") });
    chatRoutes(app, createTutor({ db, events, model, classifier, specialists, logger, agentLimits }), conversations);
    teacherRoutes(app, conversations);
    logger.info({ model: model.enabled ? cfg.OPENAI_MODEL : "offline tutor only" }, "tutor model");
    return { app, start: async () => relay.start(), stop: () => relay.stop() };
  },
});
