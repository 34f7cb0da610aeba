import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// Per-worker cgroups: the only reliable memory cap (it also counts tmpfs files),
// a process/thread cap (fork bombs), and one CPU's worth of time per worker so a
// busy loop cannot starve the host. cgroup v1 (our machines) and v2 (most
// production nodes) are both supported.

export interface CgroupLimits {
  memoryBytes: number;
  pids: number;
  /** CPU cores a worker may use (1 = one full core) */
  cpus: number;
}

export interface WorkerCgroup {
  /** the cgroup.procs files a process must join, in order */
  procsFiles: string[];
  /** how many times the memory limit was hit (v1 failcnt / v2 oom_kill events) */
  oomCount(): number;
  remove(): void;
}

export type CgroupVersion = 1 | 2;

const ROOT = "/sys/fs/cgroup";

export function detectCgroupVersion(): CgroupVersion | undefined {
  if (existsSync(join(ROOT, "cgroup.controllers"))) return 2;
  if (existsSync(join(ROOT, "memory", "memory.limit_in_bytes")) && existsSync(join(ROOT, "pids"))) return 1;
  return undefined;
}

function write(file: string, value: string) {
  writeFileSync(file, value);
}

export function createWorkerCgroup(
  version: CgroupVersion,
  group: string,
  name: string,
  limits: CgroupLimits,
): WorkerCgroup {
  if (version === 2) {
    const parent = join(ROOT, group);
    mkdirSync(parent, { recursive: true });
    // controllers must be enabled for the children of our group (and of the root, on some hosts)
    for (const dir of [ROOT, parent]) {
      try {
        write(join(dir, "cgroup.subtree_control"), "+memory +pids +cpu");
      } catch {
        /* already enabled, or not allowed here: checked below */
      }
    }
    const dir = join(parent, name);
    mkdirSync(dir, { recursive: true });
    write(join(dir, "memory.max"), String(limits.memoryBytes));
    if (existsSync(join(dir, "memory.swap.max"))) write(join(dir, "memory.swap.max"), "0");
    write(join(dir, "pids.max"), String(limits.pids));
    if (existsSync(join(dir, "cpu.max"))) write(join(dir, "cpu.max"), `${Math.round(limits.cpus * 100_000)} 100000`);
    return {
      procsFiles: [join(dir, "cgroup.procs")],
      oomCount: () => Number(/oom_kill (\d+)/.exec(readFileSync(join(dir, "memory.events"), "utf8"))?.[1] ?? 0),
      remove: () => tryRemove([dir]),
    };
  }
  const mem = join(ROOT, "memory", group, name);
  const pids = join(ROOT, "pids", group, name);
  const cpu = join(ROOT, "cpu", group, name);
  for (const dir of [mem, pids]) mkdirSync(dir, { recursive: true });
  write(join(mem, "memory.limit_in_bytes"), String(limits.memoryBytes));
  // with swap accounting, memory+swap must be capped too or the excess goes to swap
  if (existsSync(join(mem, "memory.memsw.limit_in_bytes")))
    write(join(mem, "memory.memsw.limit_in_bytes"), String(limits.memoryBytes));
  write(join(pids, "pids.max"), String(limits.pids));
  const files = [join(mem, "cgroup.procs"), join(pids, "cgroup.procs")];
  if (existsSync(join(ROOT, "cpu", "cpu.cfs_quota_us"))) {
    mkdirSync(cpu, { recursive: true });
    write(join(cpu, "cpu.cfs_period_us"), "100000");
    write(join(cpu, "cpu.cfs_quota_us"), String(Math.round(limits.cpus * 100_000)));
    files.push(join(cpu, "cgroup.procs"));
  }
  return {
    procsFiles: files,
    oomCount: () => Number(readFileSync(join(mem, "memory.failcnt"), "utf8").trim()),
    remove: () => tryRemove([mem, pids, cpu]),
  };
}

function tryRemove(dirs: string[]) {
  for (const dir of dirs) {
    try {
      rmdirSync(dir);
    } catch {
      /* still has a process for a moment, or already gone */
    }
  }
}

/** Removes a sandbox group and the worker groups under it (they must hold no process any more). */
export function removeGroup(version: CgroupVersion, group: string): void {
  const parents = version === 2 ? [join(ROOT, group)] : ["memory", "pids", "cpu"].map((c) => join(ROOT, c, group));
  for (const parent of parents) {
    if (!existsSync(parent)) continue;
    for (const entry of readdirSync(parent, { withFileTypes: true }))
      if (entry.isDirectory()) tryRemove([join(parent, entry.name)]);
    tryRemove([parent]);
  }
}

/** Groups left behind by sandbox processes that died without closing (their pid is gone). */
export function removeStaleGroups(version: CgroupVersion, prefix: string): void {
  const top = version === 2 ? ROOT : join(ROOT, "memory");
  for (const name of existsSync(top) ? readdirSync(top) : []) {
    const pid = Number(name.startsWith(prefix) ? name.slice(prefix.length).split("-")[0] : NaN);
    if (!Number.isInteger(pid) || isAlive(pid)) continue;
    removeGroup(version, name);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
