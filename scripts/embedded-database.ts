import { existsSync } from "node:fs";
import { join } from "node:path";
import { ConfigError, EmbeddedPostgresUnavailable, startEmbeddedPostgres } from "@emberlearn/platform";

// Which database `make start` runs on. DATABASE_URL: that server. Otherwise PostgreSQL from the
// npm-packaged binaries in DATA_DIR/postgres (queries run in its own processes, beside ours), unless
// EMBEDDED_DB=pglite, or DATA_DIR already holds a PGlite database and no PostgreSQL one (an install
// from before keeps its data), or PostgreSQL cannot run here: then PGlite, in this process.

export interface EmbeddedDatabase {
  /** what to add to the platform's environment */
  env: Record<string, string>;
  /** one line for the start banner */
  description: string;
  stop(): Promise<void>;
}

export async function embeddedDatabase(env: Record<string, string | undefined>): Promise<EmbeddedDatabase> {
  const none = { env: {}, stop: async () => {} };
  if (env.DATABASE_URL) return { ...none, description: "PostgreSQL at DATABASE_URL" };
  const dataDir = env.DATA_DIR ?? "./data";
  const pglite = { ...none, description: `PGlite in ${join(dataDir, "pglite")}` };
  const choice = env.EMBEDDED_DB ?? "postgres";
  if (choice !== "postgres" && choice !== "pglite")
    throw new ConfigError(`EMBEDDED_DB must be "postgres" or "pglite", not "${choice}"`);
  if (choice === "pglite") return pglite;
  if (!env.EMBEDDED_DB && existsSync(join(dataDir, "pglite")) && !existsSync(join(dataDir, "postgres")))
    return {
      ...pglite,
      description: `${pglite.description} (existing data; EMBEDDED_DB=postgres starts a new database)`,
    };
  const port = Number(env.EMBEDDED_PG_PORT ?? 8020);
  try {
    const pg = await startEmbeddedPostgres({
      dir: join(dataDir, "postgres"),
      port,
      log: (line) => process.stderr.write(`postgres: ${line}\n`),
    });
    return {
      // one pool for all nine services (each has its own pool of 10 when they run apart). Each server
      // process costs ~25 MB of RSS (RSS of all processes must stay under 1.5 GB at 500 students). Never
      // below 10: each service's outbox relay holds one connection (its leader lock) while its queries
      // need another
      env: { DATABASE_URL: pg.url, DATABASE_POOL_SIZE: env.DATABASE_POOL_SIZE ?? "12" },
      description: `PostgreSQL 17 in ${join(dataDir, "postgres")} (127.0.0.1:${port})`,
      stop: pg.stop,
    };
  } catch (err) {
    if (!(err instanceof EmbeddedPostgresUnavailable)) throw err;
    process.stderr.write(`PostgreSQL cannot run here (${err.message}); using PGlite.\n`);
    return pglite;
  }
}
