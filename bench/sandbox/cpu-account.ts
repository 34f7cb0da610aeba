// CPU time of this process and every process it starts (the sandbox's workers included), from a
// cgroup of its own: cgroup v1's cpuacct, or v2's cpu.stat. Needs root; null when unavailable.
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export interface CpuAccount {
  /** milliseconds of CPU used by the group so far */
  usedMs(): number;
  /** moves this process back to the parent group and removes this one */
  close(): void;
}

export function cpuAccount(name: string): CpuAccount | null {
  const v1 = "/sys/fs/cgroup/cpuacct";
  const v2 = "/sys/fs/cgroup/cgroup.controllers";
  try {
    const dir = existsSync(v2) ? join("/sys/fs/cgroup", name) : existsSync(v1) ? join(v1, name) : null;
    if (!dir) return null;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "cgroup.procs"), String(process.pid));
    const close = () => {
      writeFileSync(join(dirname(dir), "cgroup.procs"), String(process.pid));
      rmdirSync(dir);
    };
    if (existsSync(v2)) {
      const usec = () => Number(/usage_usec (\d+)/.exec(readFileSync(join(dir, "cpu.stat"), "utf8"))?.[1]);
      return { usedMs: () => usec() / 1000, close };
    }
    return { usedMs: () => Number(readFileSync(join(dir, "cpuacct.usage"), "utf8")) / 1e6, close };
  } catch {
    return null;
  }
}
