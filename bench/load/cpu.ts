import { readFileSync } from "node:fs";

// CPU time (user + system, including reaped children: the sandbox's short-lived
// Python processes) of a set of processes, in seconds, from /proc/<pid>/stat.
const TICKS = 100;

export function cpuSeconds(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // fields 14–17 of stat (utime, stime, cutime, cstime) are 11–14 after the command
      ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
    } catch {}
  }
  return ticks / TICKS;
}
