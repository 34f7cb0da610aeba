import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { availableParallelism, homedir } from "node:os";
import { join } from "node:path";
import { detectCgroupVersion, type CgroupVersion } from "./cgroups.ts";
import { IsolationUnavailableError } from "./types.ts";

/** Checks that this host can give us the isolation we need; throws a clear message when it cannot. */
export function checkIsolation(options: { python?: string; bwrap?: string } = {}): {
  python: string;
  bwrap: string;
  stdlib: string;
  cgroup: CgroupVersion;
} {
  const bwrap = options.bwrap ?? "/usr/bin/bwrap";
  const python = options.python ?? "/usr/bin/python3";
  if (!existsSync(bwrap)) {
    throw new IsolationUnavailableError(
      `bubblewrap is not installed (${bwrap}): apt-get install -y bubblewrap. The sandbox will ` +
        `not run code without kernel isolation.`,
    );
  }
  if (!existsSync(python)) {
    throw new IsolationUnavailableError(
      `Python not found at ${python}: set SANDBOX_PYTHON to a system CPython 3 (not a version-manager shim)`,
    );
  }
  const probe = spawnSync(
    python,
    ["-I", "-S", "-c", "import sys; print(sys.prefix + '/lib/python%d.%d' % sys.version_info[:2])"],
    { encoding: "utf8" },
  );
  const stdlib = probe.stdout.trim();
  if (probe.status !== 0 || !existsSync(stdlib)) {
    throw new IsolationUnavailableError(`cannot locate the standard library of ${python}`);
  }
  const cgroup = detectCgroupVersion();
  if (!cgroup) {
    throw new IsolationUnavailableError(
      "no usable cgroup hierarchy (memory and pids controllers) at /sys/fs/cgroup: the sandbox needs cgroups to " +
        "cap memory and processes",
    );
  }
  const probeArgs = ["--unshare-user", "--unshare-pid", "--disable-userns", "--cap-add", "CAP_SYS_ADMIN"];
  const userns = spawnSync(bwrap, [...probeArgs, "--ro-bind", "/", "/", "--", "/bin/true"], { encoding: "utf8" });
  if (userns.status !== 0) {
    const why = userns.stderr.trim() || `exit ${userns.status}`;
    throw new IsolationUnavailableError(
      `the kernel refused bubblewrap's namespaces (${why}); enable unprivileged user namespaces ` +
        `or run the sandbox where they are allowed`,
    );
  }
  return { python, bwrap, stdlib, cgroup };
}

/** The CPUs this process may use: its cgroup's quota when one is set (a container), else the machine's. */
export function cpuQuota(): number {
  const cpus = availableParallelism();
  const quota = readQuota();
  return quota ? Math.max(1, Math.min(cpus, Math.floor(quota))) : cpus;
}

function readQuota(): number | undefined {
  try {
    const v2 = "/sys/fs/cgroup/cpu.max";
    if (existsSync(v2)) {
      const [max, period] = readFileSync(v2, "utf8").trim().split(/\s+/);
      return max === "max" ? undefined : Number(max) / Number(period);
    }
    const quota = Number(readFileSync("/sys/fs/cgroup/cpu/cpu.cfs_quota_us", "utf8"));
    const period = Number(readFileSync("/sys/fs/cgroup/cpu/cpu.cfs_period_us", "utf8"));
    return quota > 0 ? quota / period : undefined;
  } catch {
    return undefined;
  }
}

/** Where `make` installs the harness's pure-Python libraries (scripts/install-sandbox-python-lib.sh). */
export function defaultLibDir(): string {
  return join(homedir(), ".cache", "emberlearn", "sandbox-lib", "current");
}
