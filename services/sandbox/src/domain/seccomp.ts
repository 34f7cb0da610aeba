import { closeSync, openSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// A seccomp denylist for the sandbox, as a classic BPF program that bubblewrap
// loads (--seccomp FD) just before it starts the zygote. Namespaces and the
// lack of capabilities already stop most of these calls; the filter shrinks
// the kernel's attack surface for the rest (kernel-exploit favourites such as
// bpf, userfaultfd, io_uring, keyctl, perf_event_open) and blocks 32-bit and
// x32 system-call entry points, a classic way around filters.

const AUDIT_ARCH_X86_64 = 0xc000003e;
const X32_SYSCALL_BIT = 0x40000000;
const RET_ALLOW = 0x7fff0000;
const RET_ERRNO_EPERM = 0x00050000 | 1;
const RET_KILL_PROCESS = 0x80000000;
const LD_ABS_W = 0x20;
const JEQ_K = 0x15;
const JGE_K = 0x35;
const RET_K = 0x06;

/** x86_64 system calls a Python beginner never needs. */
export const DENIED_X86_64: Record<string, number> = {
  ptrace: 101,
  personality: 135,
  pivot_root: 155,
  acct: 163,
  settimeofday: 164,
  mount: 165,
  umount2: 166,
  swapon: 167,
  swapoff: 168,
  reboot: 169,
  init_module: 175,
  delete_module: 176,
  clock_settime: 227,
  kexec_load: 246,
  add_key: 248,
  request_key: 249,
  keyctl: 250,
  unshare: 272,
  perf_event_open: 298,
  name_to_handle_at: 303,
  open_by_handle_at: 304,
  setns: 308,
  process_vm_readv: 310,
  process_vm_writev: 311,
  finit_module: 313,
  kexec_file_load: 320,
  bpf: 321,
  userfaultfd: 323,
  io_uring_setup: 425,
  io_uring_enter: 426,
  io_uring_register: 427,
  open_tree: 428,
  move_mount: 429,
  fsopen: 430,
  fsconfig: 431,
  fsmount: 432,
  fspick: 433,
};

type Insn = [code: number, jt: number, jf: number, k: number];

export function denylistProgram(denied: number[]): Buffer {
  const n = denied.length;
  // layout: 0 ld arch, 1 jeq arch, 2 ld nr, 3 jge x32, 4..4+n-1 jeq each, allow, deny, kill
  const allow = 4 + n;
  const deny = allow + 1;
  const kill = allow + 2;
  const program: Insn[] = [
    [LD_ABS_W, 0, 0, 4],
    [JEQ_K, 0, kill - 2, AUDIT_ARCH_X86_64],
    [LD_ABS_W, 0, 0, 0],
    [JGE_K, kill - 4, 0, X32_SYSCALL_BIT],
    ...denied.map((nr, i): Insn => [JEQ_K, deny - (4 + i) - 1, 0, nr]),
    [RET_K, 0, 0, RET_ALLOW],
    [RET_K, 0, 0, RET_ERRNO_EPERM],
    [RET_K, 0, 0, RET_KILL_PROCESS],
  ];
  const buf = Buffer.alloc(program.length * 8);
  program.forEach(([code, jt, jf, k], i) => {
    buf.writeUInt16LE(code, i * 8);
    buf.writeUInt8(jt, i * 8 + 2);
    buf.writeUInt8(jf, i * 8 + 3);
    buf.writeUInt32LE(k >>> 0, i * 8 + 4);
  });
  return buf;
}

/** The filter as an open file descriptor for bubblewrap, or undefined where we have no table (not x86_64). */
export function seccompFd(): number | undefined {
  if (process.arch !== "x64") return undefined;
  const path = join(tmpdir(), `emberlearn-seccomp-${process.pid}-${Date.now()}.bpf`);
  writeFileSync(path, denylistProgram(Object.values(DENIED_X86_64)), { mode: 0o600 });
  const fd = openSync(path, "r");
  unlinkSync(path);
  return fd;
}

export function closeFd(fd: number | undefined) {
  if (fd !== undefined) closeSync(fd);
}
