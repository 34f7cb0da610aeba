import { serviceEntry } from "@emberlearn/contracts";
import { createService, defineService } from "@emberlearn/platform";
import { configSchema } from "./config.ts";
import { createConceptIndex } from "./domain/search.ts";
import { conceptEvents } from "./events/outbox.ts";
import { readConcepts } from "./repository/content.ts";
import { conceptRoutes } from "./routes/concept-routes.ts";
import { tutorRoutes } from "./routes/tutor-routes.ts";
import { createConceptService } from "./service/concepts.ts";
import { createConceptTutor } from "./service/tutor.ts";

const entry = serviceEntry("concepts");

export const conceptsModule = defineService({
  name: "concepts",
  migrations: new URL("../migrations", import.meta.url).pathname,
  configSchema,
  async create({ logger, verifyToken, database, bus, client }) {
    const { relay, events } = conceptEvents({ db: database.db, bus, logger });
    const concepts = await readConcepts();
    const app = await createService({
      name: entry.name,
      prefix: entry.prefix,
      description: entry.description,
      logger,
      verifyToken,
      readiness: { database: database.ping },
    });
    const deps = { concepts, index: createConceptIndex(concepts), events, progress: client("progress") };
    conceptRoutes(app, createConceptService(deps));
    tutorRoutes(app, createConceptTutor(deps));
    return { app, start: async () => relay.start(), stop: () => relay.stop() };
  },
});
