import { randomBytes } from "node:crypto";
import { z } from "zod";
import { serviceEntry } from "@emberlearn/contracts";
import { createJwtVerifier, createService, defineService } from "@emberlearn/platform";
import { createAccounts } from "./accounts.ts";
import { publicJwks } from "./repository/keys.ts";
import { accountRoutes } from "./routes/account-routes.ts";
import { classRoutes } from "./routes/class-routes.ts";
import { seedDemo } from "./seed.ts";
import { createPasswordReset } from "./password-reset.ts";
import { createMailSender } from "./repository/mail-sender.ts";
import { recoveryRoutes } from "./routes/recovery-routes.ts";

const entry = serviceEntry("auth");

export const configSchema = z.object({
  // Better Auth's own secret (it signs nothing we rely on, but must be set); random per start is fine
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  SEED_DEMO: z.enum(["true", "false"], { message: "must be true or false" }).default("false"),
  /** smtp://user:pass@host:587 or smtps://…: password-reset links by email; unset: written to the log */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional(),
  MAIL_FROM: z.string().default("EmberLearn <no-reply@emberlearn.local>"),
  /** the origin students open (reset links point at its /reset-password page); default AUTH_ISSUER */
  PUBLIC_URL: z.string().url("must be a URL such as https://learn.example.org").optional(),
});

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
    recoveryRoutes(app, reset, db);
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
