import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createInterface } from "node:readline";
import type { WorkerCgroup } from "./cgroups.ts";
import { closeFd, seccompFd } from "./seccomp.ts";

// One warm sandbox: a Python zygote, already inside bubblewrap and its
// cgroups, that forks a fresh child per request. Requests and answers are one
// JSON line each over the zygote's stdin/stdout, which no student process holds.

export interface WorkerRequest {
  kind: "run" | "test";
  code: string;
  stdin?: string;
  tests?: string;
  timeoutMs: number;
}

export class SandboxWorker {
  private proc?: ChildProcessWithoutNullStreams;
  private pending?: {
    id: number;
    resolve: (v: Record<string, unknown>) => void;
    reject: (e: Error) => void;
    timer: NodeJS.Timeout;
  };
  private nextId = 1;
  private ready?: Promise<void>;
  private stopping = false;
  stderr = "";

  constructor(
    private readonly command: { bwrap: string; args: string[] },
    private readonly cgroup: WorkerCgroup,
    private readonly onLog: (msg: string) => void,
  ) {}

  start(): Promise<void> {
    // join the worker's cgroups first, then become bubblewrap: everything inside inherits them
    const join = this.cgroup.procsFiles.map((_f, i) => `echo $$ > "$${i + 1}"`).join(" && ");
    const script = `${join} && shift ${this.cgroup.procsFiles.length} && exec "$@"`;
    // the seccomp filter reaches bubblewrap as fd 3 (a fresh descriptor per start: bwrap reads it to the end);
    // its own process group, so a Ctrl-C meant for the platform does not kill workers mid-shutdown
    // (--die-with-parent still ends them if this process dies)
    const filter = seccompFd();
    const args = filter === undefined ? this.command.args : ["--seccomp", "3", ...this.command.args];
    const proc = spawn("/bin/sh", ["-c", script, "sh", ...this.cgroup.procsFiles, this.command.bwrap, ...args], {
      stdio: ["pipe", "pipe", "pipe", ...(filter === undefined ? [] : [filter])],
      env: {},
      detached: true,
    });
    closeFd(filter);
    this.proc = proc as ChildProcessWithoutNullStreams;
    proc.stderr!.on("data", (d) => {
      this.stderr = (this.stderr + d).slice(-4000);
    });
    createInterface({ input: proc.stdout! }).on("line", (line) => this.onLine(line));
    proc.on("exit", (code, signal) => {
      if (!this.stopping) this.onLog(`sandbox worker exited (${code ?? signal})`);
      this.proc = undefined;
      this.pending?.reject(new Error("the sandbox worker stopped"));
      this.pending = undefined;
    });
    // a trivial run proves the worker is up and isolated
    this.ready = this.send({ kind: "run", code: "pass", timeoutMs: 5000 }, 15_000).then((r) => {
      if (r.status !== "ok")
        throw new Error(`sandbox worker failed its first run: ${JSON.stringify(r).slice(0, 300)} ${this.stderr}`);
    });
    return this.ready;
  }

  get alive() {
    return Boolean(this.proc);
  }

  /** Runs one request; the answer comes back within timeoutMs plus a margin, or the worker is replaced. */
  async send(req: WorkerRequest, hardTimeoutMs = req.timeoutMs + 3000): Promise<Record<string, unknown>> {
    if (!this.proc) await this.start();
    const proc = this.proc!;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.onLog("sandbox worker did not answer in time; restarting it");
        this.pending = undefined;
        proc.kill("SIGKILL");
        resolve({
          id,
          status: "timeout",
          stdout: "",
          stderr: "",
          exitCode: null,
          durationMs: hardTimeoutMs,
          error: null,
        });
      }, hardTimeoutMs);
      this.pending = { id, resolve, reject, timer };
      proc.stdin.write(JSON.stringify({ ...req, id }) + "\n");
    });
  }

  private onLine(line: string) {
    const pending = this.pending;
    if (!pending) return;
    let msg: Record<string, unknown>;
    try {
      msg = JSON.parse(line);
    } catch {
      return;
    }
    if (msg.id !== pending.id) return;
    clearTimeout(pending.timer);
    this.pending = undefined;
    pending.resolve(msg);
  }

  stop() {
    this.stopping = true;
    this.proc?.kill("SIGKILL");
    this.proc = undefined;
  }

  oomCount() {
    return this.cgroup.oomCount();
  }
}
