import type { Db } from "../db/index.ts";

// One relay per outbox publishes at a time, whatever the number of replicas: a relay cycle runs
// only while its replica holds a PostgreSQL session advisory lock. The lock is kept between cycles
// on one connection of its own per process (outside the pool, so it takes no query's connection):
// a leading cycle costs no round trip for the lock, where taking and dropping it every cycle made
// the lock half of an idle relay's queries and a fifth of all of them under load. A replica that
// does not lead tries again at its next cycle (a try, never waiting). If the leader dies its
// session ends, the server drops the lock, and the next replica to try takes it; it starts from the
// first row still unpublished, so one student's events leave in the order they were written (what
// the dead leader published but did not mark goes again: a duplicate the inboxes absorb). The
// leader checks its session at least every HEARTBEAT_MS, so one whose connection silently died
// stops leading soon. Within a process, cycles of the same name never overlap.
// PGlite is one process's database: there the lock is a flag in memory.

export interface LeaderLock {
  /** runs `cycle` if no other replica is running one; false when it was not this replica's turn */
  whileLeading(cycle: () => Promise<void>): Promise<boolean>;
  /** stops leading (graceful shutdown), so another replica can take over at once */
  release(): Promise<void>;
}

const HEARTBEAT_MS = 1000;

interface PgPool {
  connect(): Promise<unknown>;
  options: Record<string, unknown>;
  Client: new (options: Record<string, unknown>) => PgClient;
}
interface PgClient {
  connect(): Promise<void>;
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  end(): Promise<void>;
  on(event: "error" | "end", listener: () => void): void;
  connection?: { stream?: { ref?: () => void; unref?: () => void } };
}

const running = new WeakMap<object, Set<string>>();
const sessions = new WeakMap<object, LeaderSession>();
const queues = new WeakMap<PgClient, Promise<unknown>>();

export function createLeaderLock(db: Db, name: string): LeaderLock {
  const client = (db as unknown as { $client?: object }).$client ?? db;
  const busy = running.get(client) ?? new Set<string>();
  running.set(client, busy);
  const pool = client as Partial<PgPool>;
  const isPool = typeof pool.connect === "function" && typeof pool.Client === "function" && !!pool.options;
  let session: LeaderSession | undefined;
  if (isPool) {
    session = sessions.get(client) ?? new LeaderSession(pool as PgPool);
    sessions.set(client, session);
  }
  return {
    async whileLeading(cycle) {
      if (busy.has(name)) return false;
      busy.add(name);
      try {
        if (session && !(await session.lead(name))) return false;
        await cycle();
        return true;
      } finally {
        busy.delete(name);
      }
    },
    release: async () => session?.release(name),
  };
}

/** The connection that holds this process's relay locks, opened on first use. */
class LeaderSession {
  private client?: Promise<PgClient>;
  private held = new Set<string>();
  private checkedAt = 0;

  constructor(private readonly pool: PgPool) {}

  /** true while this process holds `name`'s lock (taking it when free) */
  async lead(name: string): Promise<boolean> {
    const opened = this.open();
    try {
      const client = await opened;
      if (this.held.has(name)) {
        if (Date.now() - this.checkedAt > HEARTBEAT_MS) {
          await query(client, "select 1");
          this.checkedAt = Date.now();
        }
        return this.held.has(name);
      }
      const { rows } = await query(client, "select pg_try_advisory_lock(hashtextextended($1, 0)) as ok", [name]);
      if (rows[0]?.ok !== true) return false;
      this.held.add(name);
      this.checkedAt = Date.now();
      return true;
    } catch (err) {
      this.lost(opened);
      throw err;
    }
  }

  async release(name: string): Promise<void> {
    const opened = this.client;
    if (!this.held.delete(name) || !opened) return;
    if (this.held.size > 0) {
      await query(await opened, "select pg_advisory_unlock(hashtextextended($1, 0))", [name]).catch(() => {});
      return;
    }
    this.lost(opened); // nothing left to hold: ending the session drops the lock
  }

  private open(): Promise<PgClient> {
    if (this.client) return this.client;
    const opened: Promise<PgClient> = (async () => {
      const client = new this.pool.Client(this.pool.options);
      // a broken session has lost its locks with it; the next cycle opens a new one and tries again
      client.on("error", () => this.lost(opened));
      client.on("end", () => this.lost(opened));
      await client.connect();
      client.connection?.stream?.unref?.(); // see query()
      return client;
    })();
    this.client = opened;
    opened.catch(() => this.lost(opened));
    return opened;
  }

  /** forgets the session `opened` (if it is still the current one) and every lock it held */
  private lost(opened: Promise<PgClient>) {
    if (this.client !== opened) return;
    this.client = undefined;
    this.held.clear();
    void opened.then((c) => c.end()).catch(() => {});
  }
}

/** One query at a time on the session (pg queues overlapping ones itself, deprecated since pg 8.x). The
 * session keeps a process alive only while a query of it is under way: leadership means nothing once the
 * process is done, and a script that leads and returns still exits. */
function query(client: PgClient, text: string, values?: unknown[]) {
  const run = async () => {
    const stream = client.connection?.stream;
    stream?.ref?.();
    try {
      return await client.query(text, values);
    } finally {
      stream?.unref?.();
    }
  };
  const turn = (queues.get(client) ?? Promise.resolve()).then(run);
  queues.set(
    client,
    turn.catch(() => {}),
  );
  return turn;
}
