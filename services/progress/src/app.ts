import { serviceEntry } from "@emberlearn/contracts";
import { createService, type ServiceModule } from "@emberlearn/platform";

const entry = serviceEntry("progress");

export const progressModule: ServiceModule = {
  name: "progress",
  async create({ logger, verifyToken, database }) {
    const app = await createService({ name: entry.name, prefix: entry.prefix, description: entry.description, logger, verifyToken, readiness: { database: database.ping } });
    return { app };
  },
};
