// The load test against distributed mode on one machine (bench/load/distributed.sh holds the lock and
// calls this): a real PostgreSQL (the npm-packaged server `make start` uses, in a fresh directory), a
// real Kafka broker (scripts/kafka/start.sh, as the tests use; the services create their topics),
// every service as its own process (as e2e/distributed.ts starts them), then bench/load/run.ts with
// the given arguments, and everything stopped again, whatever happens. No web app: the scenario only
// calls the API. Settings from the environment:
//   BENCH_POOL_SIZE    DATABASE_POOL_SIZE of each service process (default 10, the services' default)
//   BENCH_NODE_FLAGS   node flags for every service (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof")
//   BENCH_PROFILE      only this service gets BENCH_NODE_FLAGS (e.g. exercise)
//   BENCH_LOG_LEVEL    the services' LOG_LEVEL (default warn)
//   BENCH_LOG_DIR      where to keep each service's metrics at the end (<name>.metrics) and last log lines
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { catalog, metricsPort } from "@emberlearn/contracts";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@emberlearn/platform";
import { startKafka, type TestKafka } from "@emberlearn/platform/testing/kafka";
import {
  SERVICE_ORDER,
  startServiceProcesses,
  stopServiceProcesses,
  type ServiceProcess,
} from "../../e2e/support/start-services.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const PG_PORT = 8020;
const poolSize = Number(process.env.BENCH_POOL_SIZE ?? 10);
const dir = mkdtempSync("/tmp/emberlearn-load-dist-");
const processes: ServiceProcess[] = [];
let postgres: EmbeddedPostgres | undefined;
let kafka: TestKafka | undefined;
const log = (line: string) => process.stderr.write(`distributed: ${line}\n`);

let stopping: Promise<void> | undefined;
const stopAll = () =>
  (stopping ??= (async () => {
    const logDir = process.env.BENCH_LOG_DIR;
    if (logDir) {
      mkdirSync(logDir, { recursive: true });
      // each service's own view (request durations by route) beside the load generator's
      for (const p of processes) {
        const entry = catalog.find((s) => s.name === p.name)!;
        const metrics = await fetch(`http://127.0.0.1:${metricsPort(entry)}/metrics`).then(
          (r) => r.text(),
          (err: Error) => `# not reachable: ${err.message}\n`,
        );
        writeFileSync(join(logDir, `${p.name}.metrics`), metrics);
      }
    }
    await stopServiceProcesses(processes);
    if (logDir) for (const p of processes) writeFileSync(join(logDir, `${p.name}.log`), p.log());
    await postgres?.stop();
    await kafka?.stop();
    rmSync(dir, { recursive: true, force: true });
  })());
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
  process.on(signal, () => void stopAll().then(() => process.exit(130)));

let code = 1;
try {
  const t0 = performance.now();
  postgres = await startEmbeddedPostgres({
    dir: join(dir, "postgres"),
    port: PG_PORT,
    log: (line) => log(`postgres: ${line}`),
    // nine pools of poolSize, plus room for psql and the superuser's reserve
    maxConnections: SERVICE_ORDER.length * poolSize + 10,
  });
  kafka = await startKafka();
  log(`PostgreSQL on ${PG_PORT}, Kafka on ${kafka.brokers} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const env = {
    ...process.env,
    DATA_DIR: dir,
    DATABASE_URL: postgres.url,
    DATABASE_POOL_SIZE: String(poolSize),
    KAFKA_BROKERS: kafka.brokers,
    SEED_DEMO: "true",
    // one deployment: every process signs and checks service identities with the same secret
    SERVICE_TOKEN_SECRET: randomBytes(32).toString("hex"),
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? "warn",
    // no web app: the scenario never asks the gateway for "/"
    WEB_URL: "http://127.0.0.1:9",
  };
  const flags = (process.env.BENCH_NODE_FLAGS ?? "").split(" ").filter(Boolean);
  const profiled = process.env.BENCH_PROFILE;
  const t1 = performance.now();
  await startServiceProcesses(SERVICE_ORDER, env, processes, {
    nodeArgs: (name) => (!profiled || profiled === name ? flags : []),
    readyTimeoutMs: 120_000,
  });
  log(`${processes.length} service processes ready in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
  const kafkaPort = kafka.brokers.split(":").at(-1)!;
  const args = [...process.argv.slice(2), "--postgres-port", String(PG_PORT), "--kafka-port", kafkaPort];
  const runner = spawn(process.execPath, ["--import", "tsx", "bench/load/run.ts", ...args], {
    cwd: ROOT,
    stdio: "inherit",
  });
  code = await new Promise<number>((r) => runner.once("exit", (c) => r(c ?? 1)));
  for (const p of processes)
    if (p.child.exitCode !== null) {
      log(`${p.name} exited (${p.child.exitCode}) during the run:\n${p.log().slice(-2000)}`);
      code ||= 1;
    }
} catch (err) {
  log(String((err as Error).stack ?? err));
  for (const p of processes) if (p.log()) log(`${p.name} said:\n${p.log().slice(-1500)}`);
} finally {
  await stopAll();
}
process.exit(code);
