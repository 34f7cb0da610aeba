import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import type { WorkerCgroup } from "./cgroups.ts";
import { closeFd, programFd, runProgram, workerProgram } from "./seccomp.ts";
import { parseAnswer, parseEvent, type WorkerAnswer, type WorkerEvent, type WorkerRequest } from "./protocol.ts";

// One warm sandbox: bubblewrap around the Python supervisor (runner/supervisor.py), already
// in its cgroups, answering one JSON line per request over stdin/stdout, which no run holds.
// Its states are explicit: starting → idle ⇄ busy → (retiring → starting) | stopped. A worker
// retires after `recycleAfter` runs, when the supervisor asks to, or when a run's processes
// outlive it; the request in flight is always answered first.

export type WorkerState = "starting" | "idle" | "busy" | "retiring" | "stopped";

export interface WorkerSpec {
  bwrap: string;
  args: (runFilterFd: number) => string[];
  /** the host uid the worker runs as (set when the service runs as root) */
  uid?: number;
  recycleAfter: number;
}

const STARTUP_MS = 15_000;
/** how long an interactive run may wait for the student at input(), in all (supervisor: MAX_WAIT_FOR_INPUT) */
const INPUT_WAIT_MS = 300_000;
const MARGIN_MS = 3_000;

export class SandboxWorker {
  state: WorkerState = "stopped";
  runs = 0;
  /** when the worker last became idle (performance.now()) */
  idleSince = 0;
  stderr = "";
  private proc?: ChildProcess;
  private pending?: {
    id: number;
    resolve: (a: WorkerAnswer) => void;
    timer: NodeJS.Timeout;
    onEvent?: (e: WorkerEvent) => void;
  };
  private nextId = 1;

  constructor(
    private readonly spec: WorkerSpec,
    private readonly cgroup: WorkerCgroup,
    private readonly onLog: (msg: string) => void,
  ) {}

  /** Starts the process and proves it isolated and working with a trivial run. */
  async start(): Promise<void> {
    this.state = "starting";
    this.runs = 0;
    // join the worker's cgroups first, then become bubblewrap: everything inside inherits them
    const join = this.cgroup.procsFiles.map((_f, i) => `echo $$ > "$${i + 1}"`).join(" && ");
    const script = `${join} && shift ${this.cgroup.procsFiles.length} && exec "$@"`;
    const workerFilter = programFd(workerProgram());
    const runFilter = programFd(runProgram());
    const args = ["--seccomp", "3", ...this.spec.args(4)];
    try {
      // its own process group, so a Ctrl-C meant for the platform does not kill workers
      // mid-shutdown (--die-with-parent still ends them if this process dies)
      this.proc = spawn("/bin/sh", ["-c", script, "sh", ...this.cgroup.procsFiles, this.spec.bwrap, ...args], {
        stdio: ["pipe", "pipe", "pipe", workerFilter, runFilter],
        env: {},
        detached: true,
        ...(this.spec.uid === undefined ? {} : { uid: this.spec.uid, gid: this.spec.uid }),
      });
    } finally {
      closeFd(workerFilter);
      closeFd(runFilter);
    }
    const proc = this.proc;
    proc.stderr?.on("data", (d) => {
      this.stderr = (this.stderr + d).slice(-4000);
    });
    if (!proc.stdout) throw new Error("the worker's stdout is not a pipe"); // stdio above makes it one
    createInterface({ input: proc.stdout }).on("line", (line) => this.onLine(line));
    proc.on("exit", (code, signal) => this.onExit(proc, code, signal));
    const first = await this.exchange(
      { kind: "run", code: "pass", timeoutMs: 5000, memoryBytes: 64 << 20 },
      STARTUP_MS,
    );
    if (first.status !== "ok") {
      this.stop();
      throw new Error(`sandbox worker failed its first run: ${JSON.stringify(first).slice(0, 300)} ${this.stderr}`);
    }
    this.becomeIdle();
  }

  /** Runs one request. The answer always comes: the run's own, or a `rejected` one. An
   * interactive run reports its output and input() waits to `onEvent` as they happen. */
  async run(req: WorkerRequest, onEvent?: (e: WorkerEvent) => void): Promise<WorkerAnswer> {
    this.state = "busy";
    this.runs += 1;
    const waiting = req.kind === "run" && req.interactive ? INPUT_WAIT_MS : 0;
    const hard = req.timeoutMs + (req.kind === "test" ? 2000 : 0) + waiting + MARGIN_MS;
    const answer = await this.exchange(req, hard, onEvent);
    // the supervisor itself stops when a run's processes outlive it (see supervisor.py settle)
    if (answer.retire || this.runs >= this.spec.recycleAfter || !this.proc) void this.restart();
    else this.becomeIdle();
    return answer;
  }

  private becomeIdle() {
    this.state = "idle";
    this.idleSince = performance.now();
  }

  /** Sends the running request's program its input, end of input, or a stop. */
  control(op: "stdin" | "eof" | "stop", text?: string) {
    const pending = this.pending;
    if (!pending || !this.proc?.stdin?.writable) return;
    this.proc.stdin.write(`${JSON.stringify({ id: pending.id, op, ...(text === undefined ? {} : { text }) })}\n`);
  }

  private exchange(
    req: WorkerRequest,
    hardTimeoutMs: number,
    onEvent?: (e: WorkerEvent) => void,
  ): Promise<WorkerAnswer> {
    const proc = this.proc;
    const id = this.nextId++;
    return new Promise((resolve) => {
      if (!proc?.stdin?.writable) return resolve(rejected(req, "the sandbox worker is not running"));
      this.cgroup.setRunMemory(req.kind === "test" ? "graded" : "run", req.memoryBytes);
      const timer = setTimeout(() => {
        this.onLog("sandbox worker did not answer in time; replacing it");
        this.pending = undefined;
        proc.kill("SIGKILL");
        resolve({ ...rejected(req, "timeout"), status: "timeout", durationMs: hardTimeoutMs, retire: true });
      }, hardTimeoutMs);
      this.pending = { id, resolve, timer, onEvent };
      proc.stdin.write(`${JSON.stringify({ ...req, id })}\n`);
    });
  }

  private onLine(line: string) {
    const pending = this.pending;
    if (!pending) return;
    if (line.includes('"event"')) {
      const raw = safeJson(line);
      if (raw && raw.id === pending.id && "event" in raw) {
        const event = parseEvent(raw);
        if (event) pending.onEvent?.(event);
        return;
      }
    }
    const answer = parseAnswer(line);
    if (!answer || answer.id !== pending.id) return;
    clearTimeout(pending.timer);
    this.pending = undefined;
    pending.resolve(answer);
  }

  private onExit(proc: ChildProcess, code: number | null, signal: NodeJS.Signals | null) {
    if (this.proc !== proc) return;
    this.proc = undefined;
    if (this.state !== "stopped" && this.state !== "retiring") this.onLog(`sandbox worker exited (${code ?? signal})`);
    const pending = this.pending;
    if (pending) {
      clearTimeout(pending.timer);
      this.pending = undefined;
      pending.resolve({ ...rejected(undefined, "the sandbox stopped while running your program"), retire: true });
    } else if (this.state === "idle") {
      // it retired between requests (after answering): replace it before the next one
      this.onLog("sandbox worker retired; starting a fresh one");
      void this.restart();
    }
  }

  private async restart() {
    this.state = "retiring";
    this.kill();
    await new Promise((r) => setTimeout(r, 20));
    if (this.state !== "retiring") return;
    try {
      await this.start();
    } catch (err) {
      this.onLog(`sandbox worker could not restart: ${(err as Error).message}`);
      this.state = "stopped";
    }
  }

  private kill() {
    const proc = this.proc;
    this.proc = undefined;
    if (proc?.pid) {
      try {
        process.kill(-proc.pid, "SIGKILL");
      } catch {
        proc.kill("SIGKILL");
      }
    }
  }

  stop() {
    this.state = "stopped";
    this.kill();
  }
}

function safeJson(line: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(line);
    return value && typeof value === "object" ? value : undefined;
  } catch {
    return undefined;
  }
}

function rejected(req: WorkerRequest | undefined, message: string): WorkerAnswer {
  const base = { status: "rejected" as const, stdout: "", stderr: "", exitCode: null, durationMs: 0 };
  const error = { type: "SandboxError", message: `${message}; please run it again`, line: null };
  return { ...base, error, ...(req?.kind === "test" ? { tests: [], summary: undefined } : {}) };
}
