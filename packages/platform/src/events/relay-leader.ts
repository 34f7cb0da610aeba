import type { Db } from "../db/index.ts";

// One relay per outbox publishes at a time, whatever the number of replicas: a relay cycle runs
// only while its replica holds a PostgreSQL session advisory lock, taken with a try (never
// waiting) on a pooled connection and released at the end of the cycle. The next cycle, on any
// replica, starts from the first row still unpublished, so one student's events leave in the
// order they were written. If the replica dies mid-cycle its session ends, the server drops the
// lock, and the next holder publishes again what was not marked (a duplicate the inboxes absorb).
// PGlite is one process's database: there the lock is a flag in memory.

export interface LeaderLock {
  /** runs `cycle` if no other replica is running one; false when it was not this replica's turn */
  whileLeading(cycle: () => Promise<void>): Promise<boolean>;
}

interface PgPool {
  connect(): Promise<PgClient>;
}
interface PgClient {
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  release(destroy?: boolean): void;
}

const memoryLocks = new WeakMap<object, Set<string>>();

export function createLeaderLock(db: Db, name: string): LeaderLock {
  const client = (db as unknown as { $client?: object }).$client;
  if (client && typeof (client as Partial<PgPool>).connect === "function") return pgLock(client as PgPool, name);
  return memoryLock(client ?? db, name);
}

function pgLock(pool: PgPool, name: string): LeaderLock {
  return {
    async whileLeading(cycle) {
      const session = await pool.connect();
      let broken = false;
      try {
        const { rows } = await session.query("select pg_try_advisory_lock(hashtextextended($1, 0)) as ok", [name]);
        if (rows[0]?.ok !== true) return false;
        try {
          await cycle();
        } finally {
          await session.query("select pg_advisory_unlock(hashtextextended($1, 0))", [name]).catch(() => {
            broken = true; // the session is gone, and its lock with it
          });
        }
        return true;
      } catch (err) {
        broken = true;
        throw err;
      } finally {
        session.release(broken);
      }
    },
  };
}

function memoryLock(owner: object, name: string): LeaderLock {
  let held = memoryLocks.get(owner);
  if (!held) {
    held = new Set();
    memoryLocks.set(owner, held);
  }
  const locks = held;
  return {
    async whileLeading(cycle) {
      if (locks.has(name)) return false;
      locks.add(name);
      try {
        await cycle();
        return true;
      } finally {
        locks.delete(name);
      }
    },
  };
}
