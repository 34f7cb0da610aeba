import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";
import { bwrapArgs } from "./bwrap.ts";
import {
  createWorkerCgroup,
  detectCgroupVersion,
  removeGroup,
  removeStaleGroups,
  type WorkerCgroup,
} from "./cgroups.ts";
import { SandboxWorker, type WorkerRequest } from "./worker.ts";
import { IsolationUnavailableError, SandboxBusyError, type RunResult, type TestRunResult } from "./types.ts";

// The sandbox: a pool of warm, isolated workers and a bounded queue in front
// of them. When every worker is busy and the queue is full, callers get
// SandboxBusyError (429) instead of piling up work that would starve the host.

export interface SandboxOptions {
  python?: string;
  bwrap?: string;
  workers?: number;
  queueLimit?: number;
  memoryBytes?: number;
  timeoutMs?: number;
  log?: (msg: string) => void;
}

export interface Sandbox {
  run(input: { code: string; stdin?: string; timeoutMs?: number }): Promise<RunResult>;
  runTests(input: { code: string; tests: string; timeoutMs?: number }): Promise<TestRunResult>;
  stats(): { workers: number; busy: number; queued: number };
  close(): Promise<void>;
}

const RUNNER_DIR = fileURLToPath(new URL("../runner", import.meta.url));
const MAX_TIMEOUT_MS = 5000;
// the zygote itself uses ~10 MB of the worker's cgroup; the student's child gets the 50 MB beyond it
const ZYGOTE_BASELINE = 14 * 1024 * 1024;

/** Checks that this host can give us the isolation we need; throws a clear message when it cannot. */
export function checkIsolation(options: { python?: string; bwrap?: string } = {}): {
  python: string;
  bwrap: string;
  stdlib: string;
  cgroup: 1 | 2;
} {
  const bwrap = options.bwrap ?? "/usr/bin/bwrap";
  const python = options.python ?? "/usr/bin/python3";
  if (!existsSync(bwrap))
    throw new IsolationUnavailableError(
      `bubblewrap is not installed (${bwrap}): apt-get install -y bubblewrap. The sandbox will not run code without kernel isolation.`,
    );
  if (!existsSync(python))
    throw new IsolationUnavailableError(
      `Python not found at ${python}: set SANDBOX_PYTHON to a system CPython 3 (not a version-manager shim)`,
    );
  const probe = spawnSync(
    python,
    ["-I", "-S", "-c", "import sys; print(sys.prefix + '/lib/python%d.%d' % sys.version_info[:2])"],
    { encoding: "utf8" },
  );
  const stdlib = probe.stdout.trim();
  if (probe.status !== 0 || !existsSync(stdlib))
    throw new IsolationUnavailableError(`cannot locate the standard library of ${python}`);
  const cgroup = detectCgroupVersion();
  if (!cgroup)
    throw new IsolationUnavailableError(
      "no usable cgroup hierarchy (memory and pids controllers) at /sys/fs/cgroup: the sandbox needs cgroups to cap memory and processes",
    );
  const userns = spawnSync(
    bwrap,
    ["--unshare-all", "--unshare-user", "--disable-userns", "--ro-bind", "/", "/", "--", "/bin/true"],
    { encoding: "utf8" },
  );
  if (userns.status !== 0)
    throw new IsolationUnavailableError(
      `the kernel refused bubblewrap's namespaces (${userns.stderr.trim() || `exit ${userns.status}`}); enable unprivileged user namespaces or run the sandbox where they are allowed`,
    );
  return { python, bwrap, stdlib, cgroup };
}

export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const env = checkIsolation(options);
  const log = options.log ?? (() => {});
  const workerCount = options.workers ?? Math.max(2, availableParallelism());
  const queueLimit = options.queueLimit ?? workerCount * 16;
  const memory = (options.memoryBytes ?? 50 * 1024 * 1024) + ZYGOTE_BASELINE;
  const prefix = "emberlearn-sandbox-";
  removeStaleGroups(env.cgroup, prefix);
  const group = `${prefix}${process.pid}-${randomBytes(3).toString("hex")}`;
  const args = bwrapArgs({ python: env.python, stdlib: env.stdlib, runnerDir: RUNNER_DIR, tmpBytes: 32 * 1024 * 1024 });

  const cgroups: WorkerCgroup[] = [];
  const workers: SandboxWorker[] = [];
  try {
    for (let i = 0; i < workerCount; i++) {
      const cg = createWorkerCgroup(env.cgroup, group, `w${i}`, { memoryBytes: memory, pids: 48, cpus: 1 });
      cgroups.push(cg);
      workers.push(new SandboxWorker({ bwrap: env.bwrap, args }, cg, log));
    }
  } catch (err) {
    cgroups.forEach((c) => c.remove());
    throw new IsolationUnavailableError(
      `cannot create the sandbox's cgroups (${(err as Error).message}); the sandbox must run as root or with a delegated cgroup`,
    );
  }
  await Promise.all(workers.map((w) => w.start()));

  const idle = [...workers];
  const queue: { req: WorkerRequest; resolve: (v: Record<string, unknown>) => void; reject: (e: Error) => void }[] = [];
  let closed = false;

  function dispatch() {
    while (idle.length && queue.length) {
      const worker = idle.pop()!;
      const job = queue.shift()!;
      const oomBefore = worker.oomCount();
      worker
        .send(job.req)
        .then(
          (res) => {
            // a SIGKILL the zygote did not expect is the OOM killer: confirm with the cgroup's counter
            if (worker.oomCount() > oomBefore && res.status !== "timeout" && res.status !== "output-limit")
              res.status = "memory";
            job.resolve(res);
          },
          (err) => job.reject(err),
        )
        .finally(() => {
          if (!closed) {
            idle.push(worker);
            dispatch();
          }
        });
    }
  }

  function submit(req: WorkerRequest): Promise<Record<string, unknown>> {
    if (closed) return Promise.reject(new Error("the sandbox is closed"));
    if (queue.length >= queueLimit) return Promise.reject(new SandboxBusyError(1));
    return new Promise((resolve, reject) => {
      queue.push({ req, resolve, reject });
      dispatch();
    });
  }

  const timeout = (ms?: number) => Math.min(Math.max(ms ?? options.timeoutMs ?? MAX_TIMEOUT_MS, 100), MAX_TIMEOUT_MS);
  return {
    async run(input) {
      const r = await submit({
        kind: "run",
        code: input.code,
        stdin: input.stdin ?? "",
        timeoutMs: timeout(input.timeoutMs),
      });
      return normalise(r) as RunResult;
    },
    async runTests(input) {
      const r = await submit({
        kind: "test",
        code: input.code,
        tests: input.tests,
        timeoutMs: timeout(input.timeoutMs),
      });
      const base = normalise(r) as TestRunResult;
      return {
        ...base,
        tests: (r.tests as TestRunResult["tests"]) ?? [],
        summary: (r.summary as TestRunResult["summary"]) ?? { passed: 0, failed: 0, errors: 0, total: 0 },
      };
    },
    stats: () => ({ workers: workers.length, busy: workers.length - idle.length, queued: queue.length }),
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error("the sandbox is closed"));
      workers.forEach((w) => w.stop());
      await new Promise((r) => setTimeout(r, 50));
      cgroups.forEach((c) => c.remove());
      removeGroup(env.cgroup, group);
    },
  };
}

function normalise(r: Record<string, unknown>): RunResult {
  return {
    status: r.status as RunResult["status"],
    stdout: String(r.stdout ?? ""),
    stderr: String(r.stderr ?? ""),
    exitCode: (r.exitCode as number | null) ?? null,
    durationMs: Math.round(Number(r.durationMs ?? 0) * 10) / 10,
    error: (r.error as RunResult["error"]) ?? null,
  };
}
