// bench/sandbox: how fast is a sandboxed run compared with simply starting Python?
//   npx tsx bench/sandbox/run.ts [--runs 300]
// Prints p50/p95 of: a bare `python3 -c 'print(1)'` process start, a hello-world
// through the sandbox domain, and through the HTTP API (with the real service
// stack: Fastify, auth check, outbox write); then throughput with 1, 2 and 16
// concurrent HTTP clients.
import { spawnSync } from "node:child_process";
import {
  openDatabase,
  createMemoryBus,
  createLogger,
  UnauthorizedError,
  type TokenVerifier,
} from "@emberlearn/platform";
import { createSandbox } from "../../services/sandbox/src/domain/index.ts";
import { sandboxModule } from "../../services/sandbox/src/app.ts";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 300;
const PYTHON = process.env.SANDBOX_PYTHON ?? "/usr/bin/python3";

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
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

// 2. through the domain
const sandbox = await createSandbox({ python: PYTHON });
const domain: number[] = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  await sandbox.run({ code: "print(1)" });
  domain.push(performance.now() - t);
}
await sandbox.close();

// 3. through HTTP, the real service with a token check and an outbox write per run
const verifyToken: TokenVerifier = async (token) => {
  if (token !== "bench") throw new UnauthorizedError();
  return { id: "bench-student", role: "student", token };
};
const database = await openDatabase({});
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
const call = async () => {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: "Bearer bench" },
    body: JSON.stringify({ code: "print(1)" }),
  });
  const body = await res.json();
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
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        await call();
        done++;
      }
    }),
  );
  return done / seconds;
}
const tput = [1, 2, 16].map((c) => c);
const results: [number, number][] = [];
for (const c of tput) results.push([c, await throughput(c)]);

await handle.app.close();
await handle.stop?.();
await database.close();

const b = stats(bare),
  d = stats(domain),
  h = stats(http);
console.log(`sandbox bench, ${runs} runs each (ms)          p50      p95`);
console.log(`bare python3 -c 'print(1)' start       ${fmt(b.p50)} ${fmt(b.p95)}`);
console.log(`hello world via the sandbox domain     ${fmt(d.p50)} ${fmt(d.p95)}`);
console.log(`hello world via the HTTP API           ${fmt(h.p50)} ${fmt(h.p95)}`);
console.log(`HTTP p50 / bare start p50: ${(h.p50 / b.p50).toFixed(2)}x`);
for (const [c, r] of results)
  console.log(`throughput, ${String(c).padStart(2)} concurrent clients: ${r.toFixed(0)} runs/s`);
process.exit(0);
