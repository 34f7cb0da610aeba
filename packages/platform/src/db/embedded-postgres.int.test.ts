import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-postgres.ts";

// The PostgreSQL that `make start` runs: created on first start, its data and password kept across
// restarts, reachable only with that password, stopped cleanly.
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

describe("embedded PostgreSQL", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "emberlearn-pg-"));
  const dir = join(dataDir, "postgres");
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const query = async (url: string, sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  };

  it("keeps its data across a restart, and refuses a wrong password", async () => {
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dir, port, log: () => {} });
    // the platform's URL goes through the Unix socket (no server address), the TCP one through 127.0.0.1
    expect(await query(first.url, "select inet_server_addr() as addr")).toEqual([{ addr: null }]);
    expect(await query(first.tcpUrl, "select inet_server_addr() as addr")).toEqual([{ addr: "127.0.0.1" }]);
    // embedded mode's one pool fits in 30 connections
    expect(await query(first.url, "show max_connections")).toEqual([{ max_connections: "30" }]);
    await query(first.url, "create table kept (n int); insert into kept values (42)");
    expect(statSync(join(dir, "password")).mode & 0o077).toBe(0);
    await first.stop();

    // a process per service (bench/load/distributed.ts) asks for room for nine pools
    const second = await startEmbeddedPostgres({ dir, port, log: () => {}, maxConnections: 100 });
    try {
      expect(second.url).toBe(first.url);
      expect(await query(second.url, "show max_connections")).toEqual([{ max_connections: "100" }]);
      expect(await query(second.url, "select n from kept")).toEqual([{ n: 42 }]);
      const password = readFileSync(join(dir, "password"), "utf8");
      await expect(query(second.url.replace(encodeURIComponent(password), "guess"), "select 1")).rejects.toThrow(
        /password authentication failed/,
      );
    } finally {
      await second.stop();
    }
    // stopped: nothing answers on its port or its socket any more
    await expect(query(second.tcpUrl, "select 1")).rejects.toThrow(/ECONNREFUSED/);
    await expect(query(second.url, "select 1")).rejects.toThrow(/ENOENT|ECONNREFUSED/);
  }, 120_000);

  it("uses TCP when the data directory's path is too long for a socket", async () => {
    // 108 bytes is the kernel's limit for a socket's path: this one is short enough in characters and
    // too long in bytes (é is two)
    const deep = join(dataDir, "é".repeat(35), "postgres");
    const socket = join(deep, "socket", ".s.PGSQL.65535");
    expect(socket.length).toBeLessThanOrEqual(107);
    expect(Buffer.byteLength(socket)).toBeGreaterThan(107);
    const port = await freePort();
    const server = await startEmbeddedPostgres({ dir: deep, port, log: () => {} });
    try {
      expect(server.url).toBe(server.tcpUrl);
      expect(await query(server.url, "select inet_server_addr() as addr")).toEqual([{ addr: "127.0.0.1" }]);
    } finally {
      await server.stop();
    }
  }, 120_000);
});
