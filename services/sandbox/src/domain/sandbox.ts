import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { RunFile, RunResult, TestRunResult } from "@emberlearn/contracts/sandbox";
import { bwrapArgs } from "./bwrap.ts";
import { createWorkerCgroup, removeGroup, removeStaleGroups, weighGroup, type WorkerCgroup } from "./cgroups.ts";
import { FairQueue } from "./fair-queue.ts";
import { checkIsolation, cpuQuota, defaultLibDir } from "./isolation.ts";
import type { Trace, WorkerAnswer, WorkerEvent, WorkerRequest } from "./protocol.ts";
import { RunSession } from "./session.ts";
import { IsolationUnavailableError } from "./types.ts";
import { stageForWorkers } from "./staging.ts";
import { SandboxWorker } from "./worker.ts";

// The sandbox: a pool of warm, isolated workers behind a fair queue. Each user's jobs wait in
// their own line and users are served in turn, one running job per user; when a user's line or
// the whole queue is full, callers get SandboxBusyError (429) instead of piling up work.

export interface SandboxOptions {
  python?: string;
  bwrap?: string;
  workers?: number;
  queueLimit?: number;
  /** memory for a plain run's processes */
  memoryBytes?: number;
  /** memory for the student's side of a graded run (tests pass their data in, too) */
  gradingMemoryBytes?: number;
  timeoutMs?: number;
  /** host uid of the first worker when the service runs as root (each worker gets its own) */
  uidBase?: number;
  /** runs before a worker is replaced by a fresh one (a backstop) */
  recycleAfter?: number;
  /** a cgroup (relative to each controller's root) delegated to this service's user, for running
   * without root: the sandbox makes its groups inside it */
  cgroupParent?: string;
  /** fair share: jobs one user may have waiting, and running at once (defaults 4 and 1) */
  perUserWaiting?: number;
  perUser?: number;
  /** pure-Python libraries for the harness (the error analysis), bound read-only */
  libDir?: string;
  log?: (msg: string) => void;
}

export interface RunInput {
  code: string;
  stdin?: string;
  files?: RunFile[];
  timeoutMs?: number;
  user?: string;
}

export interface TestInput {
  code: string;
  tests: string;
  moduleName?: string;
  testModule?: string;
  helpers?: Record<string, string>;
  files?: RunFile[];
  timeoutMs?: number;
  user?: string;
}

export interface Sandbox {
  run(input: RunInput): Promise<RunResult>;
  /** an interactive run: output streams, input() waits for `session.input` */
  start(input: RunInput): RunSession;
  /** a run with every step recorded (at most 1,000) */
  trace(input: RunInput): Promise<RunResult & { trace: Trace }>;
  runTests(input: TestInput): Promise<TestRunResult>;
  stats(): { workers: number; busy: number; queued: number };
  close(): Promise<void>;
}

const RUNNER_DIR = fileURLToPath(new URL("../runner", import.meta.url));
const MAX_RUN_MS = 5000;
const MAX_TEST_MS = 20_000;
const MB = 1024 * 1024;
// what a run's processes copy of the template's memory as they touch it, beyond the student's own
const COPY_ALLOWANCE = 8 * MB;
const TESTER_MEMORY = 256 * MB;
const BASELINE = 96 * MB;

export { checkIsolation } from "./isolation.ts";

export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const env = checkIsolation(options);
  const log = options.log ?? (() => {});
  const workerCount = options.workers ?? Math.max(2, cpuQuota());
  const runMemory = (options.memoryBytes ?? 50 * MB) + COPY_ALLOWANCE;
  const gradingMemory = (options.gradingMemoryBytes ?? 256 * MB) + COPY_ALLOWANCE;
  const prefix = "emberlearn-sandbox-";
  const parent = options.cgroupParent ?? "";
  removeStaleGroups(env.cgroup, prefix, parent);
  const group = join(parent, `${prefix}${process.pid}-${randomBytes(3).toString("hex")}`);
  const root = process.getuid?.() === 0;

  const staged = stageForWorkers(RUNNER_DIR, options.libDir ?? defaultLibDir(), root);
  const cgroups: WorkerCgroup[] = [];
  const workers: SandboxWorker[] = [];
  try {
    for (let i = 0; i < workerCount; i++) {
      const uid = root ? (options.uidBase ?? 64_000) + i : undefined;
      const limits = {
        // the next plain run's processes wait (with what they copied) while a grading runs
        memoryBytes: Math.max(runMemory, gradingMemory) + TESTER_MEMORY + BASELINE + COPY_ALLOWANCE,
        testerMemoryBytes: TESTER_MEMORY,
        pids: 160,
        runPids: 64,
        cpus: 1,
      };
      const cg = createWorkerCgroup(env.cgroup, group, `w${i}`, limits, uid);
      cgroups.push(cg);
      const args = (runFilterFd: number) =>
        bwrapArgs({ ...env, runnerDir: staged.runnerDir, libDir: staged.libDir, runFilterFd, binds: cg.binds });
      workers.push(
        new SandboxWorker({ bwrap: env.bwrap, args, uid, recycleAfter: options.recycleAfter ?? 500 }, cg, log),
      );
    }
  } catch (err) {
    for (const c of cgroups) c.remove();
    const why = (err as Error).message;
    throw new IsolationUnavailableError(
      `cannot create the sandbox's cgroups (${why}); the sandbox must run as root or with a delegated cgroup`,
    );
  }
  weighGroup(env.cgroup, group, workerCount);
  await Promise.all(workers.map((w) => w.start()));

  type Job = {
    req: WorkerRequest;
    resolve: (a: WorkerAnswer) => void;
    reject: (e: Error) => void;
    onEvent?: (e: WorkerEvent) => void;
    onStart?: (w: SandboxWorker) => void;
  };
  const queue = new FairQueue<Job>({
    // deep enough for a school's bursts (1,000 students on 2 workers met 16 a worker 12 times in 90 s);
    // the fair queue still serves one job per student at a time, round robin
    total: options.queueLimit ?? workerCount * 32,
    perUserWaiting: options.perUserWaiting ?? 4,
    perUser: options.perUser ?? 1,
  });
  let closed = false;

  function dispatch() {
    // the worker idle longest first: it has had time to start its next run's processes
    const idle = workers.filter((w) => w.state === "idle").sort((a, b) => a.idleSince - b.idleSince);
    for (const worker of idle) {
      const next = queue.take();
      if (!next) return;
      const running = worker.run(next.job.req, next.job.onEvent);
      next.job.onStart?.(worker);
      running.then(next.job.resolve, next.job.reject).finally(() => {
        queue.done(next.user);
        if (!closed) dispatch();
      });
    }
  }
  // a replaced worker becomes idle on its own: look for waiting jobs now and then
  const poll = setInterval(() => queue.length && dispatch(), 50);
  poll.unref();

  function submit(user: string, req: WorkerRequest, extra: Partial<Job> = {}): Promise<WorkerAnswer> {
    if (closed) return Promise.reject(new Error("the sandbox is closed"));
    let settle!: Pick<Job, "resolve" | "reject">;
    const answer = new Promise<WorkerAnswer>((resolve, reject) => {
      settle = { resolve, reject };
    });
    // a full queue throws here, synchronously: the caller answers 429 before anything starts
    queue.push(user, { req, ...settle, ...extra });
    dispatch();
    return answer;
  }

  const runRequest = (input: RunInput): WorkerRequest & { kind: "run" } => ({
    kind: "run",
    code: input.code,
    stdin: input.stdin ?? "",
    files: input.files,
    timeoutMs: clamp(input.timeoutMs, MAX_RUN_MS),
    memoryBytes: runMemory,
  });

  const clamp = (ms: number | undefined, max: number) => Math.min(Math.max(ms ?? options.timeoutMs ?? max, 100), max);
  return {
    async run(input) {
      return toRunResult(await submit(input.user ?? "anonymous", runRequest(input)));
    },
    start(input) {
      let session: RunSession | undefined;
      let worker: SandboxWorker | undefined;
      const early: WorkerEvent[] = [];
      const req = { ...runRequest(input), stdin: "", interactive: true };
      // the queue may refuse at once (SandboxBusyError): that throws here, before a session exists
      const answer = submit(input.user ?? "anonymous", req, {
        onEvent: (e) => (session ? session.emit(e) : early.push(e)),
        onStart: (w) => {
          worker = w;
          session?.attach((op, text) => w.control(op, text));
        },
      });
      session = new RunSession(answer.then(toRunResult));
      for (const e of early) session.emit(e);
      if (worker) {
        const w = worker;
        session.attach((op, text) => w.control(op, text));
      }
      return session;
    },
    async trace(input) {
      const answer = await submit(input.user ?? "anonymous", { ...runRequest(input), trace: true });
      return { ...toRunResult(answer), trace: answer.trace ?? { steps: [], truncated: false } };
    },
    async runTests(input) {
      const { user, timeoutMs, ...rest } = input;
      const req: WorkerRequest = {
        kind: "test",
        ...rest,
        timeoutMs: Math.min(Math.max(timeoutMs ?? 10_000, 100), MAX_TEST_MS),
        memoryBytes: gradingMemory,
      };
      const answer = await submit(user ?? "anonymous", req);
      const summary = answer.summary ?? { passed: 0, failed: 0, errors: 0, skipped: 0, total: 0 };
      return { ...toRunResult(answer), tests: answer.tests ?? [], summary };
    },
    stats: () => ({
      workers: workers.filter((w) => w.state !== "stopped").length,
      busy: workers.filter((w) => w.state === "busy").length,
      queued: queue.length,
    }),
    async close() {
      closed = true;
      clearInterval(poll);
      for (const job of queue.drain()) job.reject(new Error("the sandbox is closed"));
      for (const w of workers) w.stop();
      await new Promise((r) => setTimeout(r, 50));
      for (const c of cgroups) c.remove();
      removeGroup(env.cgroup, group);
      staged.remove();
    },
  };
}

function toRunResult(a: WorkerAnswer): RunResult {
  const result: RunResult = {
    status: a.status,
    stdout: a.stdout,
    stderr: a.stderr,
    exitCode: a.exitCode,
    durationMs: Math.round(a.durationMs * 10) / 10,
    error: a.error,
  };
  if (a.signal) result.signal = a.signal;
  return result;
}
