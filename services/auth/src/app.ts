import { randomBytes } from "node:crypto";
import { serviceEntry } from "@emberlearn/contracts";
import { createJwtVerifier, createService, defineService } from "@emberlearn/platform";
import { configSchema } from "./config.ts";
import { createMailSender } from "./repository/mail-sender.ts";
import { accountRoutes } from "./routes/account-routes.ts";
import { classRoutes } from "./routes/class-routes.ts";
import { recoveryRoutes } from "./routes/recovery-routes.ts";
import { createAccounts } from "./service/accounts.ts";
import { createClasses } from "./service/classes.ts";
import { createKeys } from "./service/keys.ts";
import { createPasswordReset } from "./service/password-reset.ts";
import { seedDemo } from "./service/seed.ts";

const entry = serviceEntry("auth");

export const authModule = defineService({
  name: "auth",
  migrations: new URL("../migrations", import.meta.url).pathname,
  configSchema,
  async create({ config: cfg, logger, database }) {
    const db = database.db;
    const reset = createPasswordReset({
      db,
      publicUrl: cfg.PUBLIC_URL ?? cfg.AUTH_ISSUER,
      sender: createMailSender({ smtpUrl: cfg.SMTP_URL, from: cfg.MAIL_FROM, logger }),
    });
    const accounts = createAccounts(db, {
      issuer: cfg.AUTH_ISSUER,
      audience: cfg.AUTH_AUDIENCE,
      secret: cfg.AUTH_SECRET ?? randomBytes(32).toString("hex"),
      onResetRequest: (e) => reset.deliver(e),
    });
    reset.connect(accounts.reset);
    const keys = createKeys(db);
    // the auth service checks its own tokens against its own keys, without a network hop
    const verifyToken = createJwtVerifier({
      issuer: cfg.AUTH_ISSUER,
      audience: cfg.AUTH_AUDIENCE,
      getJwks: keys.jwks,
    });
    const app = await createService({
      name: entry.name,
      prefix: entry.prefix,
      description: entry.description,
      logger,
      verifyToken,
      readiness: { database: database.ping },
    });
    accountRoutes(app, accounts, keys);
    classRoutes(app, createClasses(db));
    recoveryRoutes(app, reset);
    const seed = () => seedDemo(db, accounts);
    return {
      app,
      seedDemo: seed,
      start: async () => {
        if (cfg.SEED_DEMO === "true") await seed();
      },
    };
  },
});
