import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// Per-worker cgroups: the only reliable memory cap (it counts tmpfs files and shared memory
// too), a process cap (fork bombs) and one CPU per worker. Inside each worker group, a run's
// processes live in `run` (a plain run) or `graded` (the student's side of a grading), each with
// its memory limit set per request, and the grader's tester in `tester`, so a student's program
// can never use the tester's allowance nor starve it. A plain run's processes are started ahead of
// its request and wait in `run` while a grading uses `graded`: a grading no longer throws them away.
// cgroup v1 (our machines) and v2 (most production nodes) are both supported; v2 needs the
// worker group to hold no process itself, so the supervisor lives in `sup`.

export interface WorkerLimits {
  /** the whole worker: supervisor, template, tester and run */
  memoryBytes: number;
  testerMemoryBytes: number;
  pids: number;
  runPids: number;
  /** CPU cores a worker may use (1 = one full core) */
  cpus: number;
}

export interface Bind {
  source: string;
  dest: string;
  writable: boolean;
}

export interface WorkerCgroup {
  /** the cgroup.procs files the worker joins before it becomes bubblewrap */
  procsFiles: string[];
  /** files the sandbox sees under /cg: the supervisor moves a run's processes with them */
  binds: Bind[];
  /** the memory limit of the next run's processes (`run`) or of a grading's student (`graded`) */
  setRunMemory(group: RunGroup, bytes: number): void;
  remove(): void;
}

export type CgroupVersion = 1 | 2;
export type RunGroup = "run" | "graded";
const RUN_GROUPS: RunGroup[] = ["run", "graded"];

const ROOT = "/sys/fs/cgroup";

export function detectCgroupVersion(): CgroupVersion | undefined {
  if (existsSync(join(ROOT, "cgroup.controllers"))) return 2;
  if (existsSync(join(ROOT, "memory", "memory.limit_in_bytes")) && existsSync(join(ROOT, "pids"))) return 1;
  return undefined;
}

const write = (file: string, value: string | number) => writeFileSync(file, String(value));
const read = (file: string) => readFileSync(file, "utf8");

/** Makes a file the sandbox user may write (ownership is what cgroups check), when root. */
function own(file: string, uid: number | undefined) {
  if (uid !== undefined) chownSync(file, uid, uid);
}

export function createWorkerCgroup(
  version: CgroupVersion,
  group: string,
  name: string,
  limits: WorkerLimits,
  uid?: number,
): WorkerCgroup {
  return version === 2 ? createV2(group, name, limits, uid) : createV1(group, name, limits, uid);
}

function createV1(group: string, name: string, limits: WorkerLimits, uid?: number): WorkerCgroup {
  const mem = join(ROOT, "memory", group, name);
  const pids = join(ROOT, "pids", group, name);
  const cpu = join(ROOT, "cpu", group, name);
  const subs = [...RUN_GROUPS, "tester"];
  for (const dir of [mem, pids, ...subs.flatMap((sub) => [join(mem, sub), join(pids, sub)])]) {
    mkdirSync(dir, { recursive: true });
  }
  setMemoryV1(mem, limits.memoryBytes);
  setMemoryV1(join(mem, "tester"), limits.testerMemoryBytes);
  write(join(pids, "pids.max"), limits.pids);
  for (const sub of RUN_GROUPS) write(join(pids, sub, "pids.max"), limits.runPids);
  write(join(pids, "tester", "pids.max"), 32);
  const procsFiles = [join(mem, "cgroup.procs"), join(pids, "cgroup.procs")];
  if (existsSync(join(ROOT, "cpu", "cpu.cfs_quota_us"))) {
    mkdirSync(cpu, { recursive: true });
    write(join(cpu, "cpu.cfs_period_us"), 100_000);
    write(join(cpu, "cpu.cfs_quota_us"), Math.round(limits.cpus * 100_000));
    procsFiles.push(join(cpu, "cgroup.procs"));
  }
  // accounting only (no limit): the CPU a worker's runs used, which /proc loses for processes
  // nobody waits for (operators and bench/load read it); skipped where cpuacct is not ours
  const acct = join(ROOT, "cpuacct", group, name);
  try {
    if (existsSync(join(ROOT, "cpuacct", "cpuacct.usage"))) {
      mkdirSync(acct, { recursive: true });
      procsFiles.push(join(acct, "cgroup.procs"));
    }
  } catch {
    /* accounting only: the limits above still hold */
  }
  const groupProcs = (sub: string) => [join(mem, sub, "cgroup.procs"), join(pids, sub, "cgroup.procs")];
  for (const file of [...procsFiles, ...subs.flatMap(groupProcs)]) own(file, uid);
  const binds: Bind[] = [
    ...RUN_GROUPS.flatMap((sub): Bind[] => [
      { source: join(mem, sub, "cgroup.procs"), dest: `/cg/${sub}/procs.memory`, writable: true },
      { source: join(pids, sub, "cgroup.procs"), dest: `/cg/${sub}/procs.pids`, writable: true },
      { source: join(mem, sub, "memory.oom_control"), dest: `/cg/${sub}/oom`, writable: false },
      { source: join(pids, sub, "pids.events"), dest: `/cg/${sub}/pids.events`, writable: false },
    ]),
    { source: join(mem, "tester", "cgroup.procs"), dest: "/cg/tester/procs.memory", writable: true },
    { source: join(pids, "tester", "cgroup.procs"), dest: "/cg/tester/procs.pids", writable: true },
  ];
  return {
    procsFiles,
    binds,
    setRunMemory: (sub, bytes) => setMemoryV1(join(mem, sub), bytes),
    remove: () => tryRemove([...subs.flatMap((sub) => [join(mem, sub), join(pids, sub)]), mem, pids, cpu, acct]),
  };
}

function setMemoryV1(dir: string, bytes: number) {
  // memory+swap (when accounted) must stay at or above memory: raise it first, lower it last
  const memsw = join(dir, "memory.memsw.limit_in_bytes");
  const current = Number(read(join(dir, "memory.limit_in_bytes")));
  if (existsSync(memsw) && bytes > current) write(memsw, bytes);
  write(join(dir, "memory.limit_in_bytes"), bytes);
  if (existsSync(memsw) && bytes <= current) write(memsw, bytes);
}

function createV2(group: string, name: string, limits: WorkerLimits, uid?: number): WorkerCgroup {
  const parent = join(ROOT, group);
  const dir = join(parent, name);
  mkdirSync(dir, { recursive: true });
  // controllers must be enabled for the children of every level (the root's too, on some hosts)
  for (const level of [ROOT, parent, dir]) enableControllers(level);
  const subs = ["sup", ...RUN_GROUPS, "tester"];
  for (const sub of subs) mkdirSync(join(dir, sub), { recursive: true });
  write(join(dir, "memory.max"), limits.memoryBytes);
  if (existsSync(join(dir, "memory.swap.max"))) write(join(dir, "memory.swap.max"), 0);
  write(join(dir, "pids.max"), limits.pids);
  for (const sub of RUN_GROUPS) write(join(dir, sub, "pids.max"), limits.runPids);
  write(join(dir, "tester", "memory.max"), limits.testerMemoryBytes);
  if (existsSync(join(dir, "cpu.max"))) write(join(dir, "cpu.max"), `${Math.round(limits.cpus * 100_000)} 100000`);
  // moving a process between the subgroups needs write access to their common ancestor's cgroup.procs
  for (const file of ["cgroup.procs", ...subs.map((sub) => `${sub}/cgroup.procs`)]) own(join(dir, file), uid);
  const binds: Bind[] = [
    ...RUN_GROUPS.flatMap((sub): Bind[] => [
      { source: join(dir, sub, "cgroup.procs"), dest: `/cg/${sub}/procs`, writable: true },
      { source: join(dir, sub, "memory.events"), dest: `/cg/${sub}/oom`, writable: false },
      { source: join(dir, sub, "pids.events"), dest: `/cg/${sub}/pids.events`, writable: false },
    ]),
    { source: join(dir, "tester", "cgroup.procs"), dest: "/cg/tester/procs", writable: true },
  ];
  return {
    procsFiles: [join(dir, "sup", "cgroup.procs")],
    binds,
    setRunMemory: (sub, bytes) => {
      write(join(dir, sub, "memory.max"), bytes);
      if (existsSync(join(dir, sub, "memory.swap.max"))) write(join(dir, sub, "memory.swap.max"), 0);
    },
    remove: () => tryRemove([...subs, ""].map((s) => join(dir, s))),
  };
}

function enableControllers(level: string) {
  try {
    write(join(level, "cgroup.subtree_control"), "+memory +pids +cpu");
  } catch (err) {
    // In a container whose cgroup is delegated to it (/sys/fs/cgroup is the container's own),
    // the root still holds the container's processes, and cgroup v2 allows controllers for
    // children only in a group without processes: move them into a leaf first, then retry.
    if (level !== ROOT || (err as NodeJS.ErrnoException).code !== "EBUSY") return;
    const leaf = join(ROOT, "emberlearn-service");
    mkdirSync(leaf, { recursive: true });
    for (const pid of read(join(ROOT, "cgroup.procs")).split("\n").filter(Boolean)) {
      try {
        write(join(leaf, "cgroup.procs"), pid);
      } catch {
        /* a process that exited meanwhile */
      }
    }
    try {
      write(join(level, "cgroup.subtree_control"), "+memory +pids +cpu");
    } catch {
      /* not allowed here: the limits below fail clearly if so */
    }
  }
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

/**
 * Gives the sandbox's group the CPU weight of `workers` ordinary processes. The kernel schedules a
 * cgroup as one entity: without this, all workers together weigh as much as a single process of the
 * service (or of anything else on the host) when the cores are contended, and runs queue up while
 * the rest of the platform idles. Best effort: a delegated cgroup may not allow it.
 */
export function weighGroup(version: CgroupVersion, group: string, workers: number): void {
  const [file, unit] =
    version === 2 ? [join(ROOT, group, "cpu.weight"), 100] : [join(ROOT, "cpu", group, "cpu.shares"), 1024];
  try {
    if (existsSync(file)) write(file, Math.min(unit * Math.max(workers, 1), version === 2 ? 10_000 : 262_144));
  } catch {
    /* not ours to change here */
  }
}

/** Removes a sandbox group and the worker groups under it (they must hold no process any more). */
export function removeGroup(version: CgroupVersion, group: string): void {
  const parents =
    version === 2 ? [join(ROOT, group)] : ["memory", "pids", "cpu", "cpuacct"].map((c) => join(ROOT, c, group));
  for (const parent of parents) {
    if (!existsSync(parent)) continue;
    for (const worker of readdirSync(parent, { withFileTypes: true })) {
      if (!worker.isDirectory()) continue;
      const dir = join(parent, worker.name);
      for (const sub of readdirSync(dir, { withFileTypes: true })) {
        if (sub.isDirectory()) tryRemove([join(dir, sub.name)]);
      }
      tryRemove([dir]);
    }
    tryRemove([parent]);
  }
}

/** Groups left behind by sandbox processes that died without closing (their pid is gone). */
export function removeStaleGroups(version: CgroupVersion, prefix: string, parent = ""): void {
  const top = version === 2 ? join(ROOT, parent) : join(ROOT, "memory", parent);
  for (const name of existsSync(top) ? readdirSync(top) : []) {
    const pid = Number(name.startsWith(prefix) ? name.slice(prefix.length).split("-")[0] : Number.NaN);
    if (!Number.isInteger(pid) || isAlive(pid)) continue;
    removeGroup(version, join(parent, name));
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
