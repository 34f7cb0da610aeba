import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

// CPU time (user + system) of a set of processes, in seconds. From /proc/<pid>/stat, including
// reaped children, except for the sandbox: nobody waits for a run's processes (they are reaped by
// the kernel), so /proc loses their time; the sandbox's cgroups count it instead (cpuacct on
// cgroup v1, cpu.stat on v2), for the groups of the processes given, whose own /proc time is
// then left out (the group already counts it).
const TICKS = 100;
const SANDBOX_PREFIX = "emberlearn-sandbox-";

const read = (path: string) => {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
};

function procSeconds(pid: number): number {
  const stat = read(`/proc/${pid}/stat`);
  if (!stat) return 0;
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // fields 14–17 of stat (utime, stime, cutime, cstime) are 11–14 after the command
  return (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / TICKS;
}

/** The sandbox groups started by one of `pids`: their CPU seconds and the processes in them. */
function sandboxGroups(pids: Set<number>): { seconds: number; members: Set<number> } {
  const v2 = existsSync("/sys/fs/cgroup/cgroup.controllers");
  const base = v2 ? "/sys/fs/cgroup" : "/sys/fs/cgroup/cpuacct";
  let seconds = 0;
  const members = new Set<number>();
  for (const name of existsSync(base) ? readdirSync(base) : []) {
    const owner = Number(name.startsWith(SANDBOX_PREFIX) ? name.slice(SANDBOX_PREFIX.length).split("-")[0] : NaN);
    if (!pids.has(owner)) continue;
    const dir = join(base, name);
    seconds += v2
      ? Number(/usage_usec (\d+)/.exec(read(join(dir, "cpu.stat")))?.[1] ?? 0) / 1e6
      : Number(read(join(dir, "cpuacct.usage")) || 0) / 1e9;
    const walk = (d: string) => {
      for (const pid of read(join(d, "cgroup.procs")).split("\n").filter(Boolean)) members.add(Number(pid));
      for (const e of readdirSync(d, { withFileTypes: true })) if (e.isDirectory()) walk(join(d, e.name));
    };
    walk(dir);
  }
  return { seconds, members };
}

export function cpuSeconds(pids: number[]): number {
  const sandbox = sandboxGroups(new Set(pids));
  let seconds = sandbox.seconds;
  for (const pid of pids) if (!sandbox.members.has(pid)) seconds += procSeconds(pid);
  return seconds;
}
