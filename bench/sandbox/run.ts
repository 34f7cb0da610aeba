// bench/sandbox: how fast is a sandboxed run compared with simply starting Python?
//   npx tsx bench/sandbox/run.ts [--runs 300] [--code 'print(int("seven"))']
// Prints p50/p95, all in the same run, of each isolation layer's cost: a bare
// `python3 -c 'print(1)'` process start; the same Python started inside bubblewrap's
// namespaces; a hello-world through the sandbox domain (a warm worker: fresh mount, IPC
// and pid namespaces per run, cgroups, the seccomp allowlist), with the time the
// worker itself measured; and through the HTTP API (Fastify, auth check, outbox write).
// Also the CPU a run costs, all processes counted (as root). Then throughput with 1, 2 and 16
// concurrent HTTP clients, each a different student (the sandbox runs one job per student at a time).
//   --db postgres (default): the outbox is written to the PostgreSQL server `make start` runs (from
//   the npm-packaged binaries, in a temporary directory); --db pglite: to PGlite in this process,
//   as the tests do (its WebAssembly then shares this event loop with the HTTP server).
import { spawnSync } from "node:child_process";
import { Agent, request } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  openDatabase,
  startEmbeddedPostgres,
  createMemoryBus,
  createLogger,
  UnauthorizedError,
  useDefaultRateLimitStore,
  type TokenVerifier,
} from "@emberlearn/platform";
import { createSandbox } from "../../services/sandbox/src/domain/index.ts";
import { sandboxModule } from "../../services/sandbox/src/app.ts";
import { cpuSeconds } from "../load/cpu.ts";

const { values: opt } = parseArgs({
  options: {
    runs: { type: "string", default: "300" },
    db: { type: "string", default: "postgres" },
    // the program the domain runs (its CPU per run): e.g. one that ends in an error, explained
    code: { type: "string", default: "print(1)" },
  },
});
const runs = Number(opt.runs) || 300;
if (opt.db !== "postgres" && opt.db !== "pglite") throw new Error(`--db must be postgres or pglite, not ${opt.db}`);
const PYTHON = process.env.SANDBOX_PYTHON ?? "/usr/bin/python3";

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { p50: q(0.5), p95: q(0.95) };
}
const fmt = (n: number) => n.toFixed(2).padStart(8);

// 1. bare interpreter start
const bare: number[] = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  spawnSync(PYTHON, ["-c", "print(1)"]);
  bare.push(performance.now() - t);
}

// 1b. the same Python inside bubblewrap's namespaces, started fresh each time
const jailed: number[] = [];
const jail = ["--unshare-all", "--die-with-parent", "--ro-bind", "/usr", "/usr", "--symlink", "usr/lib", "/lib"];
jail.push("--symlink", "usr/lib64", "/lib64", "--dev", "/dev", "--tmpfs", "/tmp", "--");
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  spawnSync("/usr/bin/bwrap", [...jail, PYTHON, "-c", "print(1)"]);
  jailed.push(performance.now() - t);
}

// 2. through the domain, with the CPU it costs (this process and the workers) when measurable
const sandbox = await createSandbox({ python: PYTHON });
const domain: number[] = [];
const inside: number[] = [];
const cpuBefore = cpuSeconds([process.pid]);
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  const r = await sandbox.run({ code: opt.code! });
  domain.push(performance.now() - t);
  inside.push(r.durationMs);
}
const cpuPerRun = ((cpuSeconds([process.pid]) - cpuBefore) * 1000) / runs;
await sandbox.close();

// 3. through HTTP, the real service with a token check and an outbox write per run
const verifyToken: TokenVerifier = async (token) => {
  if (!token.startsWith("bench-")) throw new UnauthorizedError();
  return { id: `student-${token}`, role: "student", token };
};
// the per-user limit (30 runs a minute) is the edge's policy, not the sandbox's speed: off here
useDefaultRateLimitStore({ hit: async (_key, windowMs) => ({ count: 1, resetAt: Date.now() + windowMs }) });
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
const pgDir = opt.db === "postgres" ? mkdtempSync(join(tmpdir(), "bench-sandbox-pg-")) : undefined;
const pg = pgDir
  ? await startEmbeddedPostgres({ dir: join(pgDir, "postgres"), port: await freePort(), log: () => {} })
  : undefined;
const database = await openDatabase({ url: pg?.url });
const bus = createMemoryBus();
const { migrateService } = await import("@emberlearn/platform");
await migrateService(database, { service: "sandbox", folder: sandboxModule.migrations! });
const handle = await sandboxModule.create({
  config: { SANDBOX_PYTHON: PYTHON, SANDBOX_BWRAP: "/usr/bin/bwrap", LOG_LEVEL: "silent" } as never,
  logger: createLogger("sandbox", "silent"),
  database,
  bus,
  verifyToken,
  client: () => {
    throw new Error("unused");
  },
});
await handle.start?.();
await handle.app.listen({ port: 0, host: "127.0.0.1" });
const url = `http://127.0.0.1:${(handle.app.server.address() as { port: number }).port}/api/sandbox/run`;
// the clients post over kept-alive connections with node:http: fetch() costs this process about a
// millisecond of CPU per request, which on two cores is CPU the server and the workers then lack
const agent = new Agent({ keepAlive: true });
const post = (body: string, token: string) =>
  new Promise<string>((resolve, reject) => {
    const headers = { "content-type": "application/json", authorization: `Bearer ${token}` };
    const req = request(url, { method: "POST", agent, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolve(text));
    });
    req.on("error", reject);
    req.end(body);
  });
const call = async (client = 0) => {
  const body = JSON.parse(await post(JSON.stringify({ code: "print(1)" }), `bench-${client}`));
  if (body.stdout !== "1\n") throw new Error(`unexpected answer ${JSON.stringify(body)}`);
};
for (let i = 0; i < 20; i++) await call(); // warm up
const http: number[] = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  await call();
  http.push(performance.now() - t);
}

async function throughput(clients: number, seconds = 3) {
  let done = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (performance.now() < end) {
        await call(client);
        done++;
      }
    }),
  );
  return done / seconds;
}
const tput = [1, 2, 16].map((c) => c);
const results: [number, number][] = [];
for (const c of tput) results.push([c, await throughput(c)]);

agent.destroy();
await handle.app.close();
await handle.stop?.();
await database.close();
await pg?.stop();
if (pgDir) rmSync(pgDir, { recursive: true, force: true });

const b = stats(bare),
  j = stats(jailed),
  w = stats(inside),
  d = stats(domain),
  h = stats(http);
console.log(`sandbox bench, ${runs} runs each (ms), outbox on ${opt.db}   p50      p95`);
console.log(`bare python3 -c 'print(1)' start       ${fmt(b.p50)} ${fmt(b.p95)}`);
console.log(`the same, inside fresh bwrap namespaces${fmt(j.p50)} ${fmt(j.p95)}`);
console.log(`a run as the warm worker measures it   ${fmt(w.p50)} ${fmt(w.p95)}`);
console.log(`the program via the sandbox domain     ${fmt(d.p50)} ${fmt(d.p95)}`);
console.log(`hello world via the HTTP API           ${fmt(h.p50)} ${fmt(h.p95)}`);
console.log(`HTTP p50 / bare start p50: ${(h.p50 / b.p50).toFixed(2)}x`);
console.log(`CPU per run through the domain (all processes): ${cpuPerRun.toFixed(2)} ms`);
for (const [c, r] of results)
  console.log(`throughput, ${String(c).padStart(2)} concurrent clients: ${r.toFixed(0)} runs/s`);
process.exit(0);
