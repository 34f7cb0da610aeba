import { closeSync, openSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SYSCALLS } from "./syscalls.ts";

// The sandbox's seccomp filters, as classic BPF programs for x86_64 and aarch64.
// - The worker filter (loaded by bubblewrap for the whole sandbox) denies the kernel's riskiest
//   calls to the supervisor and template too, and kills 32-bit/x32 entry points and unknown
//   architectures, a classic way around filters.
// - The run filter is an allowlist that every process of a run loads before any student code:
//   what CPython needs to run a beginner's program, and nothing else. docs/sandbox.md lists it.

const AUDIT_ARCH = { x86_64: 0xc000003e, aarch64: 0xc00000b7 } as const;
type Arch = keyof typeof AUDIT_ARCH;
const X32_SYSCALL_BIT = 0x40000000;
const ALLOW = 0x7fff0000;
const KILL_PROCESS = 0x80000000;
const errno = (n: number) => 0x00050000 | n;
const EPERM = errno(1);
const ENOSYS = errno(38);

const LD_W_ABS = 0x20;
const JEQ = 0x15;
const JGE = 0x35;
const JSET = 0x45;
const RET = 0x06;
const JA = 0x05;
type Insn = [code: number, jt: number, jf: number, k: number];
const ld = (offset: number): Insn => [LD_W_ABS, 0, 0, offset];
const ret = (k: number): Insn => [RET, 0, 0, k];
const NR = 0;
const ARCH = 4;
const arg = (i: number) => 16 + 8 * i; // low 32 bits (little-endian on both architectures)

/** Calls every run may make, checked on no argument. */
export const RUN_ALLOWED = [
  ...["read", "write", "readv", "writev", "pread64", "pwrite64", "preadv", "pwritev", "preadv2", "pwritev2"],
  ...["close", "close_range", "lseek", "dup", "dup2", "dup3", "fcntl", "flock", "fsync", "fdatasync"],
  ...["ftruncate", "truncate", "fallocate", "sendfile", "copy_file_range"],
  ...["openat", "open", "creat", "newfstatat", "fstat", "stat", "lstat", "statx", "faccessat", "faccessat2"],
  ...["access", "readlinkat", "readlink", "getdents64", "getdents", "mkdirat", "mkdir", "unlinkat", "unlink"],
  ...["rmdir", "renameat", "renameat2", "rename", "linkat", "link", "symlinkat", "symlink", "fchmod"],
  ...["fchmodat", "chmod", "utimensat", "utimes", "futimesat", "utime", "getcwd", "chdir", "fchdir"],
  ...["statfs", "fstatfs", "umask", "munmap", "mremap", "madvise", "brk", "msync", "mincore"],
  ...["fork", "vfork", "exit", "exit_group", "wait4", "waitid", "kill", "tgkill", "tkill"],
  ...["getpid", "getppid", "gettid", "getuid", "geteuid", "getgid", "getegid", "getresuid", "getresgid"],
  ...["getgroups", "getpgid", "setpgid", "getsid", "setsid", "getpgrp", "prctl", "set_tid_address"],
  ...["set_robust_list", "get_robust_list", "futex", "rseq", "sched_yield", "sched_getaffinity"],
  ...["sched_getparam", "sched_getscheduler", "sched_get_priority_max", "sched_get_priority_min"],
  ...["getpriority", "getrlimit", "setrlimit", "prlimit64", "getrusage", "times", "capget", "sigaltstack"],
  ...["rt_sigaction", "rt_sigprocmask", "rt_sigreturn", "rt_sigpending", "rt_sigsuspend", "rt_sigtimedwait"],
  ...["restart_syscall", "pause", "nanosleep", "clock_nanosleep", "clock_gettime", "clock_getres"],
  ...["gettimeofday", "getitimer", "setitimer", "alarm", "time", "getrandom", "membarrier", "arch_prctl"],
  ...["pipe", "pipe2", "select", "pselect6", "poll", "ppoll", "epoll_create", "epoll_create1", "epoll_ctl"],
  ...["epoll_wait", "epoll_pwait", "epoll_pwait2", "eventfd", "eventfd2", "connect", "bind", "listen"],
  ...["accept", "accept4", "sendto", "recvfrom", "sendmsg", "recvmsg", "shutdown", "getsockname"],
  ...["getpeername", "getsockopt", "setsockopt", "getcpu"],
];

const AF_UNIX = 1;
const PROT_EXEC = 0x4;
const MAP_ANONYMOUS = 0x20;
// CLONE_NEWNS, NEWCGROUP, NEWUTS, NEWIPC, NEWUSER, NEWPID, NEWNET, NEWTIME
const CLONE_NAMESPACES = 0x00020000 | 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000 | 0x20000000;
const CLONE_NEW_ANY = CLONE_NAMESPACES | 0x40000000 | 0x00000080;
// TCGETS, TIOCGWINSZ, FIONREAD, FIONBIO, FIONCLEX, FIOCLEX: what isatty(), terminal size and
// non-blocking I/O ask; nothing that changes a terminal or a device
const IOCTLS = [0x5401, 0x5413, 0x541b, 0x5421, 0x5450, 0x5451];

/** Calls allowed only with some arguments (the block returns; nothing falls through). */
function argumentRules(): Record<string, Insn[]> {
  const allowIfEq = (index: number, values: number[]): Insn[] => [
    ld(arg(index)),
    ...values.map((v, i): Insn => [JEQ, values.length - i, 0, v]),
    ret(EPERM),
    ret(ALLOW),
  ];
  const denyIfSet = (index: number, mask: number): Insn[] => [
    ld(arg(index)),
    [JSET, 0, 1, mask],
    ret(EPERM),
    ret(ALLOW),
  ];
  return {
    socket: allowIfEq(0, [AF_UNIX]),
    socketpair: allowIfEq(0, [AF_UNIX]),
    ioctl: allowIfEq(1, IOCTLS),
    clone: denyIfSet(0, CLONE_NEW_ANY),
    mprotect: denyIfSet(2, PROT_EXEC),
    // anonymous executable memory: code written at run time (files on the noexec /tmp are refused by the kernel)
    mmap: [ld(arg(2)), [JSET, 0, 3, PROT_EXEC], ld(arg(3)), [JSET, 0, 1, MAP_ANONYMOUS], ret(EPERM), ret(ALLOW)],
    // glibc falls back to clone, whose flags this filter can read
    clone3: [ret(ENOSYS)],
  };
}

/** The calls the worker filter denies to everything in the sandbox. */
export const WORKER_DENIED = [
  ...["ptrace", "personality", "pivot_root", "acct", "settimeofday", "swapon", "swapoff", "reboot"],
  ...["init_module", "delete_module", "finit_module", "clock_settime", "kexec_load", "kexec_file_load"],
  ...["add_key", "request_key", "keyctl", "perf_event_open", "name_to_handle_at", "open_by_handle_at"],
  ...["setns", "process_vm_readv", "process_vm_writev", "bpf", "userfaultfd", "io_uring_setup"],
  ...["io_uring_enter", "io_uring_register", "open_tree", "move_mount", "fsopen", "fsconfig", "fsmount"],
  ...["fspick", "memfd_create", "pidfd_getfd", "process_madvise"],
];

function numberOf(name: string, arch: Arch): number | null {
  const entry = SYSCALLS[name];
  if (!entry) throw new Error(`unknown system call ${name}`);
  return arch === "x86_64" ? entry[0] : entry[1];
}

/** One architecture's checks: the block starts with the call number loaded. */
function archBlock(arch: Arch, allowed: string[], rules: Record<string, Insn[]>, fallback: number): Insn[] {
  const out: Insn[] = [];
  if (arch === "x86_64") out.push([JGE, 0, 1, X32_SYSCALL_BIT], ret(KILL_PROCESS));
  for (const name of allowed) {
    const nr = numberOf(name, arch);
    if (nr !== null) out.push([JEQ, 0, 1, nr], ret(fallback === EPERM ? ALLOW : EPERM));
  }
  for (const [name, block] of Object.entries(rules)) {
    const nr = numberOf(name, arch);
    if (nr === null) continue;
    if (block.length > 255) throw new Error("argument rule too long");
    out.push([JEQ, 0, block.length, nr], ...block, ld(NR));
  }
  out.push(ret(fallback));
  return out;
}

function program(allowed: string[], rules: Record<string, Insn[]>, fallback: number): Buffer {
  const x86 = archBlock("x86_64", allowed, rules, fallback);
  const arm = archBlock("aarch64", allowed, rules, fallback);
  // conditional jumps reach 255 instructions at most: the architectures are far apart, so
  // each match jumps unconditionally (BPF_JA, a 32-bit offset) to its block
  const insns: Insn[] = [
    ld(ARCH),
    [JEQ, 0, 1, AUDIT_ARCH.x86_64],
    [JA, 0, 0, 3],
    [JEQ, 0, 1, AUDIT_ARCH.aarch64],
    [JA, 0, 0, 1 + 1 + x86.length],
    ret(KILL_PROCESS),
    ld(NR),
    ...x86,
    ld(NR),
    ...arm,
  ];
  return encode(insns);
}

function encode(insns: Insn[]): Buffer {
  const buf = Buffer.alloc(insns.length * 8);
  insns.forEach(([code, jt, jf, k], i) => {
    buf.writeUInt16LE(code, i * 8);
    buf.writeUInt8(jt, i * 8 + 2);
    buf.writeUInt8(jf, i * 8 + 3);
    buf.writeUInt32LE(k >>> 0, i * 8 + 4);
  });
  return buf;
}

/** The allowlist every process of a run loads before the student's code runs. */
export const runProgram = () => program(RUN_ALLOWED, argumentRules(), EPERM);

/** The denylist bubblewrap loads for the whole sandbox (everything not listed is allowed). */
export const workerProgram = () => program(WORKER_DENIED, {}, ALLOW);

/** A BPF program as an open read-only descriptor (for bubblewrap's --seccomp / --ro-bind-data). */
export function programFd(bytes: Buffer): number {
  const path = join(tmpdir(), `emberlearn-seccomp-${process.pid}-${Date.now()}-${Math.random()}.bpf`);
  writeFileSync(path, bytes, { mode: 0o600 });
  const fd = openSync(path, "r");
  unlinkSync(path);
  return fd;
}

export function closeFd(fd: number | undefined) {
  if (fd !== undefined) closeSync(fd);
}
