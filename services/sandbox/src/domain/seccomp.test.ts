import { describe, expect, it } from "vitest";
import { DENIED_X86_64, denylistProgram } from "./seccomp.ts";

describe("seccomp denylist program", () => {
  const nrs = Object.values(DENIED_X86_64);
  const prog = denylistProgram(nrs);
  const insn = (i: number) => ({
    code: prog.readUInt16LE(i * 8),
    jt: prog[i * 8 + 2]!,
    jf: prog[i * 8 + 3]!,
    k: prog.readUInt32LE(i * 8 + 4),
  });

  it("checks the architecture, refuses x32 calls, and jumps each denied call to EPERM", () => {
    expect(prog.length).toBe((nrs.length + 7) * 8);
    const deny = nrs.length + 5;
    const kill = nrs.length + 6;
    expect(insn(1)).toMatchObject({ k: 0xc000003e, jf: kill - 2 });
    expect(insn(3)).toMatchObject({ k: 0x40000000, jt: kill - 4 });
    nrs.forEach((nr, i) => expect(4 + i + 1 + insn(4 + i).jt).toBe(deny));
    expect(insn(deny).k).toBe(0x00050001);
    expect(insn(kill).k).toBe(0x80000000);
    expect(insn(deny - 1).k).toBe(0x7fff0000);
  });
});
