import { serviceEntry } from "@emberlearn/contracts";
import { createService, defineService } from "@emberlearn/platform";
import { configSchema } from "./config.ts";
import { debugRoutes } from "./routes/debug-routes.ts";
import { tutorRoutes } from "./routes/tutor-routes.ts";
import { createDebugTutor } from "./service/tutor.ts";

const entry = serviceEntry("debug");

export const debugModule = defineService({
  name: "debug",
  configSchema,
  async create({ logger, verifyToken, client }) {
    const app = await createService({
      name: entry.name,
      prefix: entry.prefix,
      description: entry.description,
      logger,
      verifyToken,
    });
    debugRoutes(app);
    tutorRoutes(app, createDebugTutor(client("sandbox", 10_000)));
    return { app };
  },
});
