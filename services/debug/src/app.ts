import { serviceEntry } from "@emberlearn/contracts";
import { createService, defineService } from "@emberlearn/platform";
import { debugRoutes } from "./routes/debug-routes.ts";

const entry = serviceEntry("debug");

export const debugModule = defineService({
  name: "debug",
  async create({ logger, verifyToken, client }) {
    const app = await createService({
      name: entry.name,
      prefix: entry.prefix,
      description: entry.description,
      logger,
      verifyToken,
    });
    debugRoutes(app, client("sandbox", 10_000));
    return { app };
  },
});
