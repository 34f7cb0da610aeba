// bench/grading: is grading through the API as fast as running the tests yourself?
//   npx tsx bench/grading/run.ts [--runs 40] [--exercises fizzbuzz,word-count,…]
// For several curriculum exercises (their reference solutions, first variant), in the same run and
// interleaved so both see the same machine load:
// - bare: `python3 -m unittest <tests>` as a fresh process in a folder holding the solution under
//   the exercise's module name, its helper modules and data files: what a student at a terminal gets;
// - domain: the sandbox's own runTests (a warm worker, no HTTP), to split where the time goes;
// - HTTP: POST /api/sandbox/test on the real sandbox service (Fastify, its token check, the fair
//   queue, a warm worker, the tester and student processes, the code.executed event), with the time
//   the worker itself measured.
// Prints p50/p95 of each, the ratio HTTP p50 / bare p50 per exercise and over all, and checks that
// both agree on every test (a fast wrong answer is not a result).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { applyVariant, listVariants, loadCurriculumSync, type Exercise } from "@emberlearn/content";
import type { TestRequest, TestRunResult } from "@emberlearn/contracts/sandbox";
import {
  createLogger,
  createMemoryBus,
  migrateService,
  openDatabase,
  SERVICE_TOKEN_HEADER,
  serviceIdentity,
  UnauthorizedError,
  type TokenVerifier,
} from "@emberlearn/platform";
import { sandboxModule } from "../../services/sandbox/src/app.ts";
import { createSandbox } from "../../services/sandbox/src/domain/index.ts";
import { cpuSeconds } from "../load/cpu.ts";

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const runs = Number(arg("--runs")) || 40;
const PYTHON = process.env.SANDBOX_PYTHON ?? "/usr/bin/python3";
// small and large suites, both layouts, a helper module, data files, objects crossing both ways
const chosen = (arg("--exercises") ?? "fizzbuzz,word-count,is-prime,csv-averages,library-loans,study-streak,hiking-log")
  .split(",")
  .map((s) => s.trim());

const curriculum = loadCurriculumSync();
const exercises: Exercise[] = chosen.map((id) => {
  const e = curriculum.exercises.find((x) => x.id === id);
  if (!e) throw new Error(`no curriculum exercise "${id}"`);
  return applyVariant(e, listVariants(e.params)[0]);
});

const testModuleOf = (e: Exercise) => e.testModule ?? "tests";

/** A folder as a student would lay it out to run the tests themselves. */
function bareFolder(e: Exercise): string {
  const dir = mkdtempSync(join(tmpdir(), `bench-grading-${e.id}-`));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write(`${e.moduleName}.py`, e.solution);
  write(`${testModuleOf(e)}.py`, e.tests);
  for (const [name, source] of Object.entries(e.helpers)) write(`${name}.py`, source);
  for (const f of e.files) write(f.path, f.content);
  return dir;
}

function bare(e: Exercise, dir: string): { ms: number; ok: boolean; total: number } {
  const t = performance.now();
  const r = spawnSync(PYTHON, ["-m", "unittest", testModuleOf(e)], { cwd: dir, encoding: "utf8" });
  const ms = performance.now() - t;
  const total = Number(/Ran (\d+) test/.exec(r.stderr)?.[1] ?? 0);
  return { ms, ok: r.status === 0 && /\nOK/.test(r.stderr), total };
}

// the real sandbox service, as bench/sandbox/run.ts starts it
const verifyToken: TokenVerifier = async (token) => {
  if (token !== "bench-service") throw new UnauthorizedError();
  return { id: "exercise-service", role: "admin", token };
};
const database = await openDatabase({});
await migrateService(database, { service: "sandbox", folder: sandboxModule.migrations! });
const handle = await sandboxModule.create({
  config: { SANDBOX_PYTHON: PYTHON, SANDBOX_BWRAP: "/usr/bin/bwrap", LOG_LEVEL: "silent" } as never,
  logger: createLogger("sandbox", "silent"),
  database,
  bus: createMemoryBus(),
  verifyToken,
  client: () => {
    throw new Error("unused");
  },
});
await handle.start?.();
await handle.app.listen({ port: 0, host: "127.0.0.1" });
const url = `http://127.0.0.1:${(handle.app.server.address() as { port: number }).port}/api/sandbox/test`;

/** What the exercise service sends (services/exercise gradingInput). */
const request = (e: Exercise): TestRequest => ({
  code: e.solution,
  tests: e.tests,
  moduleName: e.moduleName,
  ...(e.testModule ? { testModule: e.testModule } : {}),
  ...(Object.keys(e.helpers).length ? { helpers: e.helpers } : {}),
  ...(e.files.length ? { files: e.files } : {}),
  studentId: "bench-student",
  exerciseId: e.id,
});

async function http(e: Exercise) {
  const t = performance.now();
  const res = await fetch(url, {
    method: "POST",
    // /test is internal: the exercise service calls it with its service identity, and so does this
    headers: {
      "content-type": "application/json",
      authorization: "Bearer bench-service",
      [SERVICE_TOKEN_HEADER]: serviceIdentity().token("exercise", "sandbox"),
    },
    body: JSON.stringify(request(e)),
  });
  const body = (await res.json()) as TestRunResult;
  const ms = performance.now() - t;
  if (res.status !== 200) throw new Error(`${e.id}: HTTP ${res.status} ${JSON.stringify(body)}`);
  return { ms, inside: body.durationMs, ok: body.summary.passed === body.summary.total, total: body.summary.total };
}

// the sandbox domain alone, beside the service (its own warm workers); the CPU a grading costs is
// measured on it at the end (this process and everything it starts, when run as root)
const domainSandbox = await createSandbox({ python: PYTHON, workers: 1 });
async function domain(e: Exercise) {
  const { studentId: _s, exerciseId: _e, ...input } = request(e);
  const t = performance.now();
  const r = await domainSandbox.runTests({ ...input, user: "bench-student" });
  if (r.summary.passed !== r.summary.total) throw new Error(`${e.id}: the domain run did not pass`);
  return performance.now() - t;
}

const folders = new Map(exercises.map((e) => [e.id, bareFolder(e)]));
const samples = new Map(
  exercises.map((e) => [
    e.id,
    { bare: [] as number[], http: [] as number[], inside: [] as number[], domain: [] as number[] },
  ]),
);
for (const e of exercises) {
  // warm up both paths, and check they agree before timing anything
  const b = bare(e, folders.get(e.id)!);
  const h = await http(e);
  if (!b.ok || !h.ok || b.total !== h.total)
    throw new Error(`${e.id}: unittest ran ${b.total} (ok=${b.ok}), the sandbox ${h.total} (ok=${h.ok})`);
  for (let i = 0; i < 3; i++) await Promise.all([http(e), domain(e)]);
}
for (let i = 0; i < runs; i++) {
  for (const e of exercises) {
    const s = samples.get(e.id)!;
    // alternate which goes first, so neither always runs on a machine the other just warmed
    const order = i % 2 === 0 ? ["bare", "http", "domain"] : ["domain", "http", "bare"];
    for (const which of order) {
      if (which === "bare") s.bare.push(bare(e, folders.get(e.id)!).ms);
      else if (which === "domain") s.domain.push(await domain(e));
      else {
        const h = await http(e);
        s.http.push(h.ms);
        s.inside.push(h.inside);
      }
    }
  }
}

const cpuBefore = cpuSeconds([process.pid]);
for (let i = 0; i < 10; i++) for (const e of exercises) await domain(e);
const cpuPerGrading = ((cpuSeconds([process.pid]) - cpuBefore) * 1000) / (10 * exercises.length);

await domainSandbox.close();
await handle.app.close();
await handle.stop?.();
await database.close();
for (const dir of folders.values()) rmSync(dir, { recursive: true, force: true });

function q(values: number[], p: number) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}
const fmt = (n: number) => n.toFixed(1).padStart(7);
console.log(`grading bench, ${runs} runs per exercise and path (ms)`);
console.log("exercise          tests  bare p50  p95   HTTP p50  p95   domain p50  in worker p50  HTTP/bare");
const all = { bare: [] as number[], http: [] as number[], inside: [] as number[], domain: [] as number[] };
for (const e of exercises) {
  const s = samples.get(e.id)!;
  all.bare.push(...s.bare);
  all.http.push(...s.http);
  all.inside.push(...s.inside);
  all.domain.push(...s.domain);
  const tests = (e.tests.match(/^\s+def test/gm) ?? []).length;
  console.log(
    `${e.id.padEnd(18)}${String(tests).padStart(4)} ${fmt(q(s.bare, 0.5))}${fmt(q(s.bare, 0.95))} ` +
      `${fmt(q(s.http, 0.5))}` +
      `${fmt(q(s.http, 0.95))}    ${fmt(q(s.domain, 0.5))} ${fmt(q(s.inside, 0.5))}       ` +
      `${(q(s.http, 0.5) / q(s.bare, 0.5)).toFixed(2)}x`,
  );
}
console.log(
  `${"all".padEnd(22)} ${fmt(q(all.bare, 0.5))}${fmt(q(all.bare, 0.95))} ` +
    `${fmt(q(all.http, 0.5))}${fmt(q(all.http, 0.95))}` +
    `    ${fmt(q(all.domain, 0.5))} ${fmt(q(all.inside, 0.5))}       ` +
    `${(q(all.http, 0.5) / q(all.bare, 0.5)).toFixed(2)}x`,
);
console.log(
  `CPU per grading through the domain (all processes, mean of the exercises): ${cpuPerGrading.toFixed(1)} ms`,
);
console.log(`target: HTTP p50 <= bare unittest p50 — ${q(all.http, 0.5) <= q(all.bare, 0.5) ? "met" : "NOT met"}`);
process.exit(0);
