import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RUN_ALLOWED, runProgram, WORKER_DENIED, workerProgram } from "./seccomp.ts";
import { SYSCALLS } from "./syscalls.ts";

// The filters are checked two ways: here, by running the BPF programs on a small interpreter
// of classic BPF (what the kernel does with them), and in the attack suite, in the real kernel.

const ALLOW = 0x7fff0000;
const KILL = 0x80000000;
const EPERM = 0x00050001;
const ENOSYS = 0x00050026;
const X86 = 0xc000003e;
const ARM = 0xc00000b7;

function evaluate(program: Buffer, arch: number, nr: number, args: number[] = []): number {
  const data = Buffer.alloc(64);
  data.writeUInt32LE(nr >>> 0, 0);
  data.writeUInt32LE(arch >>> 0, 4);
  args.forEach((a, i) => {
    data.writeUInt32LE(a >>> 0, 16 + 8 * i);
  });
  let acc = 0;
  for (let pc = 0; pc * 8 < program.length; pc++) {
    const code = program.readUInt16LE(pc * 8);
    const jt = program.readUInt8(pc * 8 + 2);
    const jf = program.readUInt8(pc * 8 + 3);
    const k = program.readUInt32LE(pc * 8 + 4);
    if (code === 0x20) acc = data.readUInt32LE(k);
    else if (code === 0x06) return k;
    else if (code === 0x05) pc += k;
    else if (code === 0x15) pc += acc === k ? jt : jf;
    else if (code === 0x35) pc += acc >= k ? jt : jf;
    else if (code === 0x45) pc += (acc & k) !== 0 ? jt : jf;
    else throw new Error(`unknown instruction ${code}`);
  }
  throw new Error("the program fell off its end");
}

const nr = (name: string, arch: "x86" | "arm" = "x86") => SYSCALLS[name]![arch === "x86" ? 0 : 1]!;

function headerTable(path: string): Map<string, number> {
  const table = new Map<string, number>();
  for (const m of readFileSync(path, "utf8").matchAll(/#define\s+__NR(?:3264)?_(\w+)\s+(\d+)/g)) {
    table.set(m[1]!, Number(m[2]));
  }
  return table;
}

describe("seccomp filters", () => {
  it("name the same call numbers as the kernel headers, on x86_64 and aarch64", () => {
    const x86 = headerTable("/usr/include/x86_64-linux-gnu/asm/unistd_64.h");
    const arm = headerTable("/usr/include/asm-generic/unistd.h");
    const armName = (n: string) => (n === "newfstatat" ? "fstatat" : n);
    for (const [name, [x, a]] of Object.entries(SYSCALLS)) {
      expect(x86.get(name), name).toBe(x);
      expect(arm.get(armName(name)) ?? null, name).toBe(a);
    }
  });

  it("let a run make the calls CPython needs, on both architectures", () => {
    const run = runProgram();
    for (const name of RUN_ALLOWED) {
      expect(evaluate(run, X86, nr(name)), name).toBe(ALLOW);
      if (SYSCALLS[name]![1] !== null) expect(evaluate(run, ARM, nr(name, "arm")), name).toBe(ALLOW);
    }
  });

  it("deny everything else to a run, executing programs included", () => {
    const run = runProgram();
    for (const name of ["execve", "execveat", "memfd_create", "ptrace", "mount", "unshare", "uname", "sysinfo"]) {
      const number = SYSCALLS[name]?.[0];
      if (number !== undefined) expect(evaluate(run, X86, number), name).toBe(EPERM);
    }
    // numbers not in our table: execve 59, modify_ldt 154, inotify_init1 294, shmget 29, msgget 68, mq_open 240
    for (const n of [59, 322, 154, 294, 29, 68, 240, 149, 63, 99, 317, 444]) expect(evaluate(run, X86, n)).toBe(EPERM);
    expect(evaluate(run, ARM, 221)).toBe(EPERM); // execve on aarch64
  });

  it("check arguments where a call is only sometimes safe", () => {
    const run = runProgram();
    expect(evaluate(run, X86, nr("socket"), [1])).toBe(ALLOW); // AF_UNIX
    expect(evaluate(run, X86, nr("socket"), [2])).toBe(EPERM); // AF_INET
    expect(evaluate(run, X86, nr("clone"), [0x11])).toBe(ALLOW); // plain fork
    expect(evaluate(run, X86, nr("clone"), [0x10000000])).toBe(EPERM); // CLONE_NEWUSER
    expect(evaluate(run, X86, nr("mmap"), [0, 4096, 0x4, 0x22])).toBe(EPERM); // exec + anonymous
    expect(evaluate(run, X86, nr("mmap"), [0, 4096, 0x5, 0x02])).toBe(ALLOW); // a library's code
    expect(evaluate(run, X86, nr("mprotect"), [0, 4096, 0x7])).toBe(EPERM);
    expect(evaluate(run, X86, nr("ioctl"), [0, 0x5401])).toBe(ALLOW); // TCGETS (isatty)
    expect(evaluate(run, X86, nr("ioctl"), [0, 0x5412])).toBe(EPERM); // TIOCSTI
    expect(evaluate(run, X86, nr("clone3"))).toBe(ENOSYS);
  });

  it("kill x32 calls and unknown architectures", () => {
    for (const program of [runProgram(), workerProgram()]) {
      expect(evaluate(program, X86, 0x40000000 + 1)).toBe(KILL);
      expect(evaluate(program, 0x40000003, 1)).toBe(KILL); // i386
    }
  });

  it("deny the riskiest calls to the whole worker and allow the rest", () => {
    const worker = workerProgram();
    for (const name of WORKER_DENIED) expect(evaluate(worker, X86, nr(name)), name).toBe(EPERM);
    expect(evaluate(worker, X86, 165)).toBe(ALLOW); // mount: the supervisor makes each run's /tmp
    expect(evaluate(worker, ARM, nr("bpf", "arm"))).toBe(EPERM);
  });
});
