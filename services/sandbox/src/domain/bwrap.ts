import { existsSync } from "node:fs";
import type { Bind } from "./cgroups.ts";

// The bubblewrap command line of one worker: new user, pid, network, mount, IPC and UTS
// namespaces (not a cgroup namespace: the supervisor moves run processes between sibling
// cgroups, which cgroup v2 refuses across a namespace root); no further user namespaces; a
// read-only view of only the interpreter, its standard library, the shared libraries it links
// and the harness; a minimal /dev of the host's nodes (a run cannot change them: the sandbox's
// user is not host root); no /proc, no /etc; an empty environment. CAP_SYS_ADMIN is kept
// inside the sandbox's own user namespace for the supervisor to give each run fresh
// namespaces and a noexec /tmp; every run drops it before student code starts.

export interface BwrapOptions {
  python: string;
  /** the interpreter's standard library directory, e.g. /usr/lib/python3.11 */
  stdlib: string;
  runnerDir: string;
  /** extra pure-Python libraries for the harness (the error analysis), bound at /sandbox-lib */
  libDir?: string;
  /** the descriptor bubblewrap reads the run filter from (see seccomp.ts) */
  runFilterFd: number;
  binds: Bind[];
}

export function bwrapArgs(o: BwrapOptions): string[] {
  const ro = (path: string) => (existsSync(path) ? ["--ro-bind", path, path] : []);
  const cgroupBinds = o.binds.flatMap((b) => [b.writable ? "--bind" : "--ro-bind", b.source, b.dest]);
  return [
    ...["--unshare-user", "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts"],
    ...["--uid", "1000", "--gid", "1000", "--disable-userns", "--cap-add", "CAP_SYS_ADMIN"],
    ...["--die-with-parent", "--new-session", "--as-pid-1", "--hostname", "sandbox"],
    ...["--clearenv", "--setenv", "PATH", "/usr/bin", "--setenv", "HOME", "/tmp", "--setenv", "LANG", "C.UTF-8"],
    ...["--setenv", "PYTHONDONTWRITEBYTECODE", "1", "--setenv", "PYTHONHASHSEED", "0"],
    ...["--setenv", "PYTHONIOENCODING", "utf-8"],
    ...["--ro-bind", o.python, o.python, "--ro-bind", o.stdlib, o.stdlib],
    ...ro("/usr/lib/x86_64-linux-gnu"),
    ...ro("/usr/lib/aarch64-linux-gnu"),
    ...ro("/usr/lib64"),
    ...["--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64"],
    ...["--ro-bind", o.runnerDir, "/sandbox"],
    ...(o.libDir && existsSync(o.libDir) ? ["--ro-bind", o.libDir, "/sandbox-lib"] : []),
    ...["--ro-bind-data", String(o.runFilterFd), "/seccomp/run.bpf"],
    ...["--dev", "/dev", "--tmpfs", "/tmp"],
    ...cgroupBinds,
    // nothing outside /tmp is writable: a file planted elsewhere would outlive the run
    ...["--remount-ro", "/dev", "--remount-ro", "/", "--chdir", "/tmp"],
    ...["--", o.python, "-I", "-S", "-X", "utf8", "/sandbox/supervisor.py"],
  ];
}
