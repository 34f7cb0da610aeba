import { serviceEntry } from "@emberlearn/contracts";
import { createEmitter, createOutboxRelay, createService, defineService } from "@emberlearn/platform";
import { createConceptIndex } from "./domain/search.ts";
import { readConcepts } from "./repository/content.ts";
import { inbox, outbox } from "./repository/schema.ts";
import { conceptRoutes } from "./routes/concept-routes.ts";

const entry = serviceEntry("concepts");

export const conceptsModule = defineService({
  name: "concepts",
  migrations: new URL("../migrations", import.meta.url).pathname,
  async create({ logger, verifyToken, database, bus, client }) {
    const tables = { outbox, inbox };
    const relay = createOutboxRelay({ db: database.db, tables, bus, logger });
    const concepts = await readConcepts();
    const app = await createService({
      name: entry.name,
      prefix: entry.prefix,
      description: entry.description,
      logger,
      verifyToken,
      readiness: { database: database.ping },
    });
    conceptRoutes(app, {
      concepts,
      index: createConceptIndex(concepts),
      events: createEmitter({ db: database.db, tables, relay, source: "concepts" }),
      progress: client("progress"),
    });
    return { app, start: async () => relay.start(), stop: () => relay.stop() };
  },
});
