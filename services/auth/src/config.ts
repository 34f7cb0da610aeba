import { z } from "zod";

// The auth service's own environment variables; the runner adds the platform's (AUTH_ISSUER, DATABASE_URL, …)
// and hands create() the parsed result.
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

export type AuthConfig = z.infer<typeof configSchema>;
