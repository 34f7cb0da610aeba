import { mkdirSync } from "node:fs";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

// One data layer, two drivers: embedded PGlite (data under ./data) by default,
// node-postgres when DATABASE_URL is set. The same migrations apply to both.

// biome-ignore lint/suspicious/noExplicitAny: any service's schema
export type Db = PgDatabase<PgQueryResultHKT, any>;

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  /** a cheap round trip, for /readyz */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres:// URL; when absent an embedded PGlite database is used */
  url?: string;
  /** PGlite data directory; absent = in memory (tests) */
  dataDir?: string;
  poolSize?: number;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    const { default: pg } = await import("pg");
    const { drizzle } = await import("drizzle-orm/node-postgres");
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 5000,
    });
    // Neon and managed servers drop idle connections; a pool error must not crash the process
    pool.on("error", () => {});
    const db = drizzle(pool) as unknown as Db;
    return { db, kind: "postgres", ping: async () => void (await pool.query("select 1")), close: () => pool.end() };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create(options.dataDir);
  const db = drizzle(client) as unknown as Db;
  return { db, kind: "pglite", ping: async () => void (await client.query("select 1")), close: () => client.close() };
}

/** Applies a service's checked-in drizzle-kit migrations; each service keeps its own journal. */
export async function migrateService(database: Database, options: { service: string; folder: string }): Promise<void> {
  const config = {
    migrationsFolder: options.folder,
    migrationsSchema: "drizzle",
    migrationsTable: `${options.service.replace(/-/g, "_")}_migrations`,
  };
  if (database.kind === "postgres") {
    const { migrate } = await import("drizzle-orm/node-postgres/migrator");
    // two services starting at once may race to create the shared migrations schema
    await database.db.execute(sql`create schema if not exists drizzle`);
    await migrate(database.db as never, config);
  } else {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(database.db as never, config);
  }
}
export * from "./stored.ts";
