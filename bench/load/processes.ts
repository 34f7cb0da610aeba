import { readdirSync, readFileSync, readlinkSync } from "node:fs";

// The platform's processes, found the way an operator would: whoever listens on
// the platform's ports, everything they started (sandbox workers, Next.js,
// PostgreSQL's backends), and the supervisor above them (`make start`), by group
// (services, web app, PostgreSQL, Kafka's JVM). Their
// memory is read from /proc: RSS as `ps` shows it, and PSS, which counts pages
// shared between processes (PostgreSQL's shared buffers, Node's code) once.

export interface ProcessMemory {
  pid: number;
  name: string;
  rssMb: number;
  pssMb: number;
}

const read = (path: string) => {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
};

function listeningInodes(ports: Set<number>): Set<string> {
  const inodes = new Set<string>();
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"])
    for (const line of read(file).split("\n").slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length < 10 || f[3] !== "0A") continue;
      if (ports.has(Number.parseInt(f[1]!.split(":").at(-1)!, 16))) inodes.add(f[9]!);
    }
  return inodes;
}

const pids = () =>
  readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .map(Number);

function parentOf(pid: number): number {
  const stat = read(`/proc/${pid}/stat`);
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1] ?? 0);
}

const cmdline = (pid: number) => read(`/proc/${pid}/cmdline`).split("\0").join(" ").trim();

/**
 * pids listening on `ports`, their descendants, and (with `supervisor`) the node running
 * scripts/start.ts above them; pids in `exclude` (another group's) and their descendants are left out
 */
export function platformPids(ports: number[], options: { supervisor?: boolean; exclude?: number[] } = {}): number[] {
  const inodes = listeningInodes(new Set(ports));
  const all = pids();
  const excluded = new Set(options.exclude ?? []);
  const found = new Set<number>();
  for (const pid of all) {
    if (excluded.has(pid)) continue;
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      let target = "";
      try {
        target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {}
      if (target.startsWith("socket:[") && inodes.has(target.slice(8, -1))) {
        found.add(pid);
        break;
      }
    }
  }
  if (options.supervisor ?? true)
    for (const pid of [...found])
      for (let p = parentOf(pid); p > 1 && cmdline(p).includes("scripts/start.ts"); p = parentOf(p)) found.add(p);
  const parents = new Map(all.map((p) => [p, parentOf(p)]));
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of parents)
      if (!found.has(pid) && !excluded.has(pid) && found.has(parent)) {
        found.add(pid);
        grew = true;
      }
  }
  return [...found].sort((a, b) => a - b);
}

export interface Group {
  name: string;
  ports: number[];
}

/**
 * The platform's processes by part: each group is whoever listens on its ports and what they
 * started, minus the groups before it. The last group also takes the supervisor (`make start`), so
 * in embedded mode PostgreSQL's server and Next.js, children of that process, count in their own
 * groups and not twice.
 */
export function groupPids(groups: Group[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const claimed: number[] = [];
  groups.forEach((g, i) => {
    const list = g.ports.length ? platformPids(g.ports, { supervisor: i === groups.length - 1, exclude: claimed }) : [];
    claimed.push(...list);
    out.set(g.name, list);
  });
  return out;
}

function kb(text: string, field: string): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(text);
  return m ? Number(m[1]) : 0;
}

export function memoryOf(pidList: number[]): ProcessMemory[] {
  return pidList
    .map((pid) => ({
      pid,
      name: cmdline(pid)
        .replace(/^\S*\//, "")
        .slice(0, 70),
      rssMb: kb(read(`/proc/${pid}/status`), "VmRSS") / 1024,
      pssMb: kb(read(`/proc/${pid}/smaps_rollup`), "Pss") / 1024,
    }))
    .filter((p) => p.rssMb > 0);
}
