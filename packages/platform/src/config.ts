import { z } from "zod";

// Only a service's main.ts reads process.env, through its zod schema. A wrong or
// missing value stops the process with one line naming the variable.

export class ConfigError extends Error {}

export function parseConfig<S extends z.ZodObject>(schema: S, env: Record<string, string | undefined>): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = issue.path.join(".");
  const got = env[name];
  const shown = got === undefined ? "it is not set" : `got "${got.length > 40 ? `${got.slice(0, 40)}…` : got}"`;
  throw new ConfigError(`config error: ${name} ${issue.message} (${shown})`);
}

/** parseConfig for main.ts: prints the one line and exits 1 instead of throwing. */
export function loadConfig<S extends z.ZodObject>(schema: S, env = process.env): z.infer<S> {
  try {
    return parseConfig(schema, env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}

// Reusable field schemas: each carries the message a person needs to fix it.
export const env = {
  port: (fallback: number) =>
    z.coerce
      .number({ message: "must be a TCP port number" })
      .int()
      .min(1, "must be a TCP port 1-65535")
      .max(65535, "must be a TCP port 1-65535")
      .default(fallback),
  databaseUrl: () =>
    z
      .string()
      .refine((v) => /^postgres(ql)?:\/\/[^\s]+$/.test(v), "must be a postgres:// or postgresql:// URL")
      .optional(),
  url: () => z.string().url("must be a URL such as http://localhost:8010"),
  logLevel: () =>
    z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
        message: "must be one of fatal, error, warn, info, debug, trace, silent",
      })
      .default("info"),
  list: () =>
    z.string().transform((v) =>
      v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    ),
};
