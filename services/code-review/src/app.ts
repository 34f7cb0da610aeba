import { serviceEntry } from "@emberlearn/contracts";
import { createService, defineService } from "@emberlearn/platform";
import { configSchema } from "./config.ts";
import { reviewCode } from "./domain/review.ts";
import { reviewEvents } from "./events/outbox.ts";
import { reviewRoutes } from "./routes/review-routes.ts";
import { createReviewService } from "./service/review.ts";

const entry = serviceEntry("code-review");

export const codeReviewModule = defineService({
  name: "code-review",
  migrations: new URL("../migrations", import.meta.url).pathname,
  configSchema,
  async create({ logger, verifyToken, database, bus }) {
    // load Ruff and the parser now, not on the first student's request
    await reviewCode("pass\n");
    const { relay, events } = reviewEvents({ db: database.db, bus, logger });
    const app = await createService({
      name: entry.name,
      prefix: entry.prefix,
      description: entry.description,
      logger,
      verifyToken,
      readiness: { database: database.ping },
    });
    reviewRoutes(app, createReviewService({ events }));
    return { app, start: async () => relay.start(), stop: () => relay.stop() };
  },
});
