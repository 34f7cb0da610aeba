import { randomBytes } from "node:crypto";
import { z } from "zod";
import { serviceEntry } from "@emberlearn/contracts";
import { createJwtVerifier, createService, type ServiceModule } from "@emberlearn/platform";
import { createAccounts } from "./accounts.ts";
import { publicJwks } from "./repository/keys.ts";
import { accountRoutes } from "./routes/account-routes.ts";
import { classRoutes } from "./routes/class-routes.ts";
import { seedDemo } from "./seed.ts";

const entry = serviceEntry("auth");

export const configSchema = z.object({
  // Better Auth's own secret (it signs nothing we rely on, but must be set); random per start is fine
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  SEED_DEMO: z.enum(["true", "false"], { message: "must be true or false" }).default("false"),
});

export const authModule: ServiceModule = {
  name: "auth",
  migrations: new URL("../migrations", import.meta.url).pathname,
  configSchema,
  async create({ config, logger, database }) {
    const cfg = config as typeof config & z.infer<typeof configSchema>;
    const db = database.db;
    const accounts = createAccounts(db, {
      issuer: cfg.AUTH_ISSUER,
      audience: cfg.AUTH_AUDIENCE,
      secret: cfg.AUTH_SECRET ?? randomBytes(32).toString("hex"),
    });
    // the auth service checks its own tokens against its own keys, without a network hop
    const verifyToken = createJwtVerifier({
      issuer: cfg.AUTH_ISSUER,
      audience: cfg.AUTH_AUDIENCE,
      getJwks: () => publicJwks(db),
    });
    const app = await createService({
      name: entry.name,
      prefix: entry.prefix,
      description: entry.description,
      logger,
      verifyToken,
      readiness: { database: database.ping },
    });
    accountRoutes(app, accounts, db);
    classRoutes(app, db);
    const seed = () => seedDemo(db, accounts);
    return {
      app,
      seedDemo: seed,
      start: async () => {
        if (cfg.SEED_DEMO === "true") await seed();
      },
    };
  },
};
