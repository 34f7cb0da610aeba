import { existsSync } from "node:fs";

// The bubblewrap command line of one worker: new user, pid, network, mount,
// ipc, uts and cgroup namespaces; no capabilities; no further user namespaces;
// a read-only view of only the interpreter, its standard library and the
// shared libraries it links; a private size-limited /tmp; a minimal /dev; no
// /proc, no /etc, no host files; an empty environment.

export interface BwrapOptions {
  python: string;
  /** the interpreter's standard library directory, e.g. /usr/lib/python3.11 */
  stdlib: string;
  runnerDir: string;
  tmpBytes: number;
}

export function bwrapArgs(o: BwrapOptions): string[] {
  const ro = (path: string) => (existsSync(path) ? ["--ro-bind", path, path] : []);
  return [
    "--unshare-all",
    "--unshare-user",
    "--uid",
    "1000",
    "--gid",
    "1000",
    "--disable-userns",
    "--die-with-parent",
    "--new-session",
    "--as-pid-1",
    "--cap-drop",
    "ALL",
    "--clearenv",
    "--setenv",
    "PATH",
    "/usr/bin",
    "--setenv",
    "HOME",
    "/tmp",
    "--setenv",
    "LANG",
    "C.UTF-8",
    "--setenv",
    "PYTHONDONTWRITEBYTECODE",
    "1",
    "--setenv",
    "PYTHONHASHSEED",
    "0",
    "--setenv",
    "PYTHONIOENCODING",
    "utf-8",
    "--ro-bind",
    o.python,
    o.python,
    "--ro-bind",
    o.stdlib,
    o.stdlib,
    ...ro("/usr/lib/x86_64-linux-gnu"),
    ...ro("/usr/lib/aarch64-linux-gnu"),
    ...ro("/usr/lib64"),
    "--symlink",
    "usr/lib",
    "/lib",
    "--symlink",
    "usr/lib64",
    "/lib64",
    "--ro-bind",
    o.runnerDir,
    "/sandbox",
    "--dev",
    "/dev",
    "--size",
    String(o.tmpBytes),
    "--tmpfs",
    "/tmp",
    // nothing outside /tmp is writable: a file planted elsewhere would outlive the run
    "--remount-ro",
    "/dev",
    "--remount-ro",
    "/",
    "--chdir",
    "/tmp",
    "--",
    o.python,
    "-I",
    "-S",
    "-X",
    "utf8",
    "/sandbox/zygote.py",
  ];
}
