import { serviceEntry } from "@emberlearn/contracts";
import { createService, type ServiceModule } from "@emberlearn/platform";

const entry = serviceEntry("code-review");

export const codeReviewModule: ServiceModule = {
  name: "code-review",
  async create({ logger, verifyToken, database }) {
    const app = await createService({ name: entry.name, prefix: entry.prefix, description: entry.description, logger, verifyToken, readiness: { database: database.ping } });
    return { app };
  },
};
