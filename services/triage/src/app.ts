import { serviceEntry } from "@emberlearn/contracts";
import { createService, type ServiceModule } from "@emberlearn/platform";

const entry = serviceEntry("triage");

export const triageModule: ServiceModule = {
  name: "triage",
  async create({ logger, verifyToken, database }) {
    const app = await createService({ name: entry.name, prefix: entry.prefix, description: entry.description, logger, verifyToken, readiness: { database: database.ping } });
    return { app };
  },
};
