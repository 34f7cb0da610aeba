// bench/load: simulated students against a running platform, through the gateway.
//   npx tsx bench/load/run.ts [--students 500] [--duration 120]          one load, measured
//   npx tsx bench/load/run.ts --ceiling 500,1000,1500,2000 [--stage 60]  rising load: the throughput ceiling
// Each student acts every 5–15 s (uniform), after their previous request finished: 25% progress
// reads, 15% exercise lists, 35% code runs, 15% submissions, 10% tutor chats (scenario.ts). Prints
// p50/p95/p99 per kind, errors, the RSS and PSS of every platform process and the CPU they used, by
// group (the services with their sandbox workers and `make start` itself; the web app on 3000;
// PostgreSQL on --postgres-port, default 8020, with its backends; Kafka's JVM on --kafka-port), the
// load average, and for --ceiling the requests/s at which p99 passes 250 ms. Loopback only; it
// stops by itself (--max-minutes, default 20, bounds the whole run).
import { parseArgs } from "node:util";
import { readFileSync, writeFileSync } from "node:fs";
import { catalog, WEB_PORT } from "@emberlearn/contracts";
import { students, type Student } from "./accounts.ts";
import { pickKind, requestFor, send } from "./scenario.ts";
import { KINDS, Recorder, table } from "./stats.ts";
import { groupPids, memoryOf, type ProcessMemory } from "./processes.ts";
import { cpuSeconds } from "./cpu.ts";

const { values: opt } = parseArgs({
  options: {
    base: { type: "string", default: "http://127.0.0.1:8000" },
    auth: { type: "string", default: "http://127.0.0.1:8010" },
    students: { type: "string", default: "500" },
    duration: { type: "string", default: "120" },
    ceiling: { type: "string" },
    stage: { type: "string", default: "60" },
    settle: { type: "string", default: "20" },
    "p99-limit": { type: "string", default: "250" },
    "extra-ports": { type: "string", default: "" },
    "postgres-port": { type: "string", default: "8020" },
    "kafka-port": { type: "string", default: "" },
    "max-minutes": { type: "string", default: "20" },
    timeout: { type: "string", default: "15000" },
    out: { type: "string" },
  },
});
for (const url of [opt.base!, opt.auth!])
  if (!/^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(url))
    throw new Error(`${url}: the load test only targets this machine's loopback addresses`);

const portList = (v: string) => v.split(",").filter(Boolean).map(Number);
// the first groups claim their processes; the services take the rest (their children, `make start`)
const groups = [
  { name: "postgres", ports: portList(opt["postgres-port"]!) },
  { name: "kafka", ports: portList(opt["kafka-port"]!) },
  { name: "web", ports: [WEB_PORT] },
  { name: "services", ports: [...catalog.map((s) => s.port), ...portList(opt["extra-ports"]!)] },
];
const platformPids = () => [...groupPids(groups).values()].flat();
const stages = opt.ceiling ? opt.ceiling.split(",").map(Number) : [Number(opt.students)];
const stageSeconds = opt.ceiling ? Number(opt.stage) : Number(opt.duration);
const limit = Number(opt["p99-limit"]);
const deadline = Date.now() + Number(opt["max-minutes"]) * 60_000;
const loadavg = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mb = (n: number) => `${Math.round(n)} MB`;

console.log(`load average before: ${loadavg()}`);
const t0 = performance.now();
const all = await students(opt.auth!, 0, Math.max(...stages));
console.log(`${all.length} student accounts ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

let current = new Recorder();
let running = true;
let peakRss = 0;
const memTimer = setInterval(() => {
  peakRss = Math.max(peakRss, sum(memoryOf(platformPids()).map((p) => p.rssMb)));
}, 5000);

async function student(s: Student) {
  await sleep(Math.random() * 15_000);
  while (running && Date.now() < deadline) {
    const kind = pickKind();
    const rec = current;
    const started = performance.now();
    let error: { key: string; message: string } | undefined;
    try {
      await send(opt.base!, s.token, requestFor(kind), Number(opt.timeout));
    } catch (err) {
      const e = err as Error & { key?: string };
      error = { key: e.key ?? e.name, message: e.message };
    }
    if (started >= rec.startedAt) rec.record(kind, performance.now() - started, error);
    await sleep(5000 + Math.random() * 10_000);
  }
}

const results: Record<string, unknown>[] = [];
let active = 0;
const loops: Promise<void>[] = [];
for (const n of stages) {
  if (Date.now() + (Number(opt.settle) + stageSeconds) * 1000 > deadline) break;
  while (active < n) loops.push(student(all[active++]!));
  await sleep(Number(opt.settle) * 1000);
  current = new Recorder();
  const cpuBefore = new Map([...groupPids(groups)].map(([g, list]) => [g, cpuSeconds(list)]));
  const pidCpuBefore = new Map(platformPids().map((pid) => [pid, cpuSeconds([pid])]));
  const genBefore = process.cpuUsage();
  await sleep(stageSeconds * 1000);
  const elapsed = (performance.now() - current.startedAt) / 1000;
  // a process that started or ended in the window counts its CPU since its start or not at all
  const byGroup = [...groupPids(groups)].map(([name, list]) => {
    const mem = memoryOf(list);
    const cores = (cpuSeconds(list) - (cpuBefore.get(name) ?? 0)) / elapsed;
    return { name, memory: mem, cores, rssMb: sum(mem.map((p) => p.rssMb)), pssMb: sum(mem.map((p) => p.pssMb)) };
  });
  const memory = byGroup.flatMap((g) =>
    g.memory.map((p) => ({
      ...p,
      group: g.name,
      cores: (cpuSeconds([p.pid]) - (pidCpuBefore.get(p.pid) ?? 0)) / elapsed,
    })),
  );
  const cpu = sum(byGroup.map((g) => g.cores));
  const gen = process.cpuUsage(genBefore);
  const overall = current.summary("all");
  const result = {
    students: n,
    seconds: Math.round(elapsed),
    requestsPerSecond: Number(current.rate().toFixed(1)),
    kinds: Object.fromEntries([...KINDS, "all"].map((k) => [k, current.summary(k as never)])),
    problems: Object.fromEntries(current.problems),
    rssMb: Math.round(sum(memory.map((p) => p.rssMb))),
    pssMb: Math.round(sum(memory.map((p) => p.pssMb))),
    platformCores: Number(cpu.toFixed(2)),
    groups: Object.fromEntries(
      byGroup.map((g) => [
        g.name,
        { processes: g.memory.length, rssMb: Math.round(g.rssMb), pssMb: Math.round(g.pssMb), cores: round2(g.cores) },
      ]),
    ),
    loadGeneratorCores: Number(((gen.user + gen.system) / 1e6 / elapsed).toFixed(2)),
    loadAverage: loadavg(),
    processes: memory.map((p) => ({
      ...p,
      rssMb: Math.round(p.rssMb),
      pssMb: Math.round(p.pssMb),
      cores: round2(p.cores),
    })),
  };
  results.push(result);
  console.log(`\n== ${n} students, ${result.seconds} s measured: ${result.requestsPerSecond} requests/s`);
  console.log(table(current));
  for (const [k, p] of current.problems) console.log(`  ${k}: ${p.count}× e.g. ${p.example}`);
  console.log(
    `platform: ${result.platformCores} cores, RSS ${mb(result.rssMb)} (PSS ${mb(result.pssMb)}) ` +
      `in ${memory.length} processes; ` +
      `load generator ${result.loadGeneratorCores} cores; load average ${result.loadAverage}`,
  );
  for (const g of byGroup.filter((g) => g.memory.length))
    console.log(
      `  ${g.name.padEnd(9)} ${round2(g.cores)} cores, RSS ${mb(g.rssMb)} (PSS ${mb(g.pssMb)}) in ${g.memory.length}`,
    );
  if (opt.ceiling && (overall.p99 > limit || overall.errors > 0)) break;
}
running = false;
clearInterval(memTimer);

const last = results.at(-1) as { processes: (ProcessMemory & { group: string; cores: number })[] } | undefined;
if (last) {
  console.log("\nprocesses at the end (RSS / PSS, cores used in the measured window):");
  for (const p of last.processes)
    console.log(
      `  ${String(p.pid).padStart(7)} ${mb(p.rssMb).padStart(8)} ${mb(p.pssMb).padStart(8)} ` +
        `${p.cores.toFixed(2).padStart(5)}  ` +
        `${p.group.padEnd(9)} ${p.name}`,
    );
  console.log(`peak RSS sampled during the run: ${mb(peakRss)}`);
}
const ceiling = ceilingOf(results as never);
if (opt.ceiling) console.log(`\nthroughput ceiling (p99 ≤ ${limit} ms, no errors): ${ceiling}`);
if (opt.out)
  writeFileSync(opt.out, JSON.stringify({ stages: results, peakRssMb: Math.round(peakRss), ceiling }, null, 2));
await Promise.race([Promise.all(loops), sleep(Number(opt.timeout))]);
process.exit(0);

function round2(n: number) {
  return Number(n.toFixed(2));
}

function sum(xs: number[]) {
  return xs.reduce((a, b) => a + b, 0);
}

function ceilingOf(rs: { requestsPerSecond: number; kinds: { all: { p99: number; errors: number } } }[]): string {
  const ok = rs.filter((r) => r.kinds.all.p99 <= limit && r.kinds.all.errors === 0);
  const failed = rs.find((r) => !(r.kinds.all.p99 <= limit && r.kinds.all.errors === 0));
  if (!ok.length) return `below ${rs[0]?.requestsPerSecond ?? "?"} requests/s`;
  const best = ok.at(-1)!.requestsPerSecond;
  return failed
    ? `between ${best} and ${failed.requestsPerSecond} requests/s`
    : `above ${best} requests/s (not reached)`;
}
