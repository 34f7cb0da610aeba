import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { catalog } from "@emberlearn/contracts";

// Distributed mode on one machine: each service started as its own process (its own main.ts), one
// after another, each answering /readyz before the next starts (so migrations never race). Used by
// the distributed end-to-end test and by the load test (bench/load/distributed.ts); no vitest here.

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  /** the last 20,000 characters the process wrote (stdout and stderr) */
  log: () => string;
}

/** every service, in an order where each one's dependencies started before it; the gateway last */
export const SERVICE_ORDER = [
  "auth",
  "sandbox",
  "code-review",
  "progress",
  "exercise",
  "concepts",
  "debug",
  "triage",
  "gateway",
] as const;

const ROOT = join(import.meta.dirname, "..", "..");

export interface StartOptions {
  /** node flags before the entry point, per service (e.g. --cpu-prof for one of them) */
  nodeArgs?: (name: string) => string[];
  readyTimeoutMs?: number;
}

/**
 * Starts `names` in order with `env`, pushing each into `into` as soon as it is spawned (so a caller's
 * cleanup sees it even when a later one fails to start); throws if one exits or is not ready in time.
 */
export async function startServiceProcesses(
  names: readonly string[],
  env: NodeJS.ProcessEnv,
  into: ServiceProcess[],
  options: StartOptions = {},
): Promise<void> {
  for (const name of names) {
    let out = "";
    const keep = (d: Buffer) => (out = (out + d).slice(-20_000));
    const own = catalog.find((s) => s.name === name)?.nodeFlags ?? [];
    const flags = [...own, ...(options.nodeArgs?.(name) ?? [])];
    const child = spawn(process.execPath, [...flags, "--import", "tsx", `services/${name}/src/main.ts`], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    into.push({ name, child, log: () => out });
    const port = catalog.find((s) => s.name === name)?.port;
    if (!port) throw new Error(`no service named "${name}" in the catalog`);
    const timeout = options.readyTimeoutMs ?? 60_000;
    const deadline = Date.now() + timeout;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${out.slice(-2000)}`);
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`${name} not ready in ${timeout / 1000} s:\n${out.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** graceful stop, last started first (the gateway first, auth last); resolves when all have exited */
export async function stopServiceProcesses(processes: ServiceProcess[]): Promise<void> {
  for (const p of [...processes].reverse()) {
    if (p.child.exitCode !== null || p.child.signalCode !== null) continue;
    p.child.kill("SIGTERM");
    await new Promise((r) =>
      p.child.exitCode !== null || p.child.signalCode !== null ? r(null) : p.child.once("exit", r),
    );
  }
}
