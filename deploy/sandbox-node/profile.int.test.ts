import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// The sandbox container's Localhost seccomp profile, applied here the way runc applies it
// (libseccomp, no_new_privs), to a process that has what the sandbox has in its pod: a non-root
// uid and no capability at all. bubblewrap must still build its sandbox (user, pid, mount, net
// namespaces, a tmpfs) and run CPython; what the profile denies must fail with EPERM; and a
// profile that also denied mount — as the runtime's default does without CAP_SYS_ADMIN — must
// break bubblewrap (so this test would notice a profile that is too strict).

const here = import.meta.dirname;
const profile = join(here, "seccomp.json");
const scratch = mkdtempSync(join(tmpdir(), "emberlearn-seccomp-"));
chmodSync(scratch, 0o755); // read by the unprivileged uid
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function unprivileged(profilePath: string, command: string[]) {
  return spawnSync(
    "setpriv",
    [
      "--reuid=65534",
      "--regid=65534",
      "--clear-groups",
      "--inh-caps=-all",
      "--bounding-set=-all",
      "/usr/bin/python3",
      join(here, "test/apply-profile.py"),
      profilePath,
      ...command,
    ],
    { encoding: "utf8", timeout: 20_000 },
  );
}

const bwrap = [
  "/usr/bin/bwrap",
  "--unshare-all",
  "--unshare-user",
  "--uid",
  "1000",
  "--gid",
  "1000",
  "--disable-userns",
  "--die-with-parent",
  "--new-session",
  "--cap-drop",
  "ALL",
  "--ro-bind",
  "/usr",
  "/usr",
  "--symlink",
  "usr/lib",
  "/lib",
  "--symlink",
  "usr/lib64",
  "/lib64",
  "--dev",
  "/dev",
  "--size",
  "1048576",
  "--tmpfs",
  "/tmp",
  "--remount-ro",
  "/",
  "--",
  "/usr/bin/python3",
  "-I",
  "-S",
  "-c",
  "import os; print('uid', os.getuid(), 'pid', os.getpid())",
];

describe("the sandbox node's seccomp profile", () => {
  it("lets an unprivileged process with no capabilities run bubblewrap and CPython", () => {
    const res = unprivileged(profile, bwrap);
    expect(res.stderr).toBe("");
    expect(res.stdout.trim()).toMatch(/^uid 1000 pid [12]$/); // its own user and pid namespaces
  });

  it("denies what a container never needs (bpf, setns, keyctl, kexec) with EPERM", () => {
    const probe = [
      "import ctypes, os",
      "libc = ctypes.CDLL(None, use_errno=True)",
      // x86_64 numbers: bpf 321, setns 308, keyctl 250, kexec_load 246
      "for name, nr in [('bpf', 321), ('setns', 308), ('keyctl', 250), ('kexec_load', 246)]:",
      "    ctypes.set_errno(0); r = libc.syscall(nr, 0, 0, 0, 0)",
      "    print(name, r, os.strerror(ctypes.get_errno()))",
    ].join("\n");
    const res = unprivileged(profile, ["/usr/bin/python3", "-c", probe]);
    expect(res.stdout.trim().split("\n")).toEqual([
      "bpf -1 Operation not permitted",
      "setns -1 Operation not permitted",
      "keyctl -1 Operation not permitted",
      "kexec_load -1 Operation not permitted",
    ]);
    const denied = JSON.parse(readFileSync(profile, "utf8")).syscalls[0].names as string[];
    for (const needed of ["unshare", "clone", "clone3", "mount", "umount2", "pivot_root"])
      expect(denied).not.toContain(needed);
  });

  it("would break bubblewrap if it denied mount, as the runtime's default does without CAP_SYS_ADMIN", () => {
    const strict = JSON.parse(readFileSync(profile, "utf8"));
    strict.syscalls[0].names.push("mount");
    writeFileSync(join(scratch, "strict.json"), JSON.stringify(strict));
    const res = unprivileged(join(scratch, "strict.json"), bwrap);
    expect(res.status).not.toBe(0);
    expect(res.stderr).toMatch(/Operation not permitted/);
  });
});
