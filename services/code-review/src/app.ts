import { serviceEntry } from "@emberlearn/contracts";
import { createEmitter, createOutboxRelay, createService, defineService } from "@emberlearn/platform";
import { reviewCode } from "./domain/review.ts";
import { inbox, outbox } from "./repository/schema.ts";
import { reviewRoutes } from "./routes/review-routes.ts";

const entry = serviceEntry("code-review");

export const codeReviewModule = defineService({
  name: "code-review",
  migrations: new URL("../migrations", import.meta.url).pathname,
  async create({ logger, verifyToken, database, bus }) {
    // load Ruff and the parser now, not on the first student's request
    await reviewCode("pass\n");
    const tables = { outbox, inbox };
    const relay = createOutboxRelay({ db: database.db, tables, bus, logger });
    const app = await createService({
      name: entry.name,
      prefix: entry.prefix,
      description: entry.description,
      logger,
      verifyToken,
      readiness: { database: database.ping },
    });
    reviewRoutes(app, { events: createEmitter({ db: database.db, tables, relay, source: "code-review" }) });
    return { app, start: async () => relay.start(), stop: () => relay.stop() };
  },
});
