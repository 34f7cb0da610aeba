import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox, type Sandbox } from "../src/domain/index.ts";

// The attack suite: every program in attacks/ tries to break out, hurt the host, read another
// run's data or crash the worker. Each must be contained (it never prints ESCAPED, it ends with
// one of the statuses its header allows), and a normal run right after must still answer
// correctly. The pairs that leave something for the next run run in order, on one worker.

const dir = join(import.meta.dirname, "attacks");
const ORDER = [
  "plant-file-for-next-run",
  "see-previous-run",
  "background-process-survives",
  "check-survivor",
  "leave-secret",
  "find-secret-in-frames",
  "find-secret-in-memory",
  "leave-ipc-objects",
  "find-ipc-objects",
];
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".py"))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
function rank(f: string) {
  const i = ORDER.indexOf(f.replace(/\.py$/, ""));
  return i === -1 ? 100 : i;
}
const DEVICES = ["null", "zero", "full", "random", "urandom", "tty"];
const deviceModes = () => DEVICES.map((d) => statSync(`/dev/${d}`).mode);

describe("sandbox attack suite", () => {
  let sandbox: Sandbox;
  const modesBefore = deviceModes();
  beforeAll(async () => {
    sandbox = await createSandbox({ workers: 1, timeoutMs: 2000 });
  });
  afterAll(() => sandbox.close());

  it("has at least 60 attack programs", () => expect(files.length).toBeGreaterThanOrEqual(60));

  it.each(files)("%s is contained, and the next run still works", async (file) => {
    const code = readFileSync(join(dir, file), "utf8");
    const allowed = /^# expect-status: (.*)$/m.exec(code)![1]!.split(/\s+/);
    const started = Date.now();
    const result = await sandbox.run({ code, timeoutMs: 2000 });
    expect(Date.now() - started, "answered within its time limit and a margin").toBeLessThan(3500);
    expect(result.stdout).not.toContain("ESCAPED");
    expect(result.stderr).not.toContain("ESCAPED");
    expect(allowed, `status ${result.status}; stderr: ${result.stderr.slice(0, 300)}`).toContain(result.status);
    const after = await sandbox.run({ code: "print(sum(range(10)) - 3)\nimport os\nprint(sorted(os.listdir('.')))" });
    expect(after).toMatchObject({ status: "ok", stdout: "42\n[]\n" });
  });

  it("seeds random afresh for every run, though every run descends from one template", async () => {
    // a run's init skips Python's fork hooks (spawn.py); the program's own fork must still run them
    const draws = new Set<string>();
    for (let i = 0; i < 3; i++)
      draws.add((await sandbox.run({ code: "import random\nprint(random.getrandbits(64))" })).stdout);
    expect(draws.size).toBe(3);
  });

  it("leaves the host's device nodes as they were", () => {
    expect(deviceModes()).toEqual(modesBefore);
  });

  it("names the signal that ended a crashed program", async () => {
    expect(await sandbox.run({ code: "import ctypes\nctypes.string_at(0)" })).toMatchObject({
      status: "crashed",
      signal: "SIGSEGV",
    });
    expect(await sandbox.run({ code: "import os\nos.abort()" })).toMatchObject({
      status: "crashed",
      signal: "SIGABRT",
    });
    const killed = await sandbox.run({ code: "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)" });
    expect(killed).toMatchObject({ status: "signal", signal: "SIGKILL" });
  });

  it("says when a program started too many processes", async () => {
    const code = "import os, time\nkids = []\nfor _ in range(200):\n    kids.append(os.fork() or time.sleep(5))\n";
    expect((await sandbox.run({ code })).status).toBe("processes");
  });

  it("caps output at 64 KB with a visible marker", async () => {
    const r = await sandbox.run({ code: "print('x' * 200_000)" });
    expect(r.status).toBe("output-limit");
    expect(r.stdout.length).toBeLessThan(70 * 1024);
    expect(r.stdout).toContain("[output truncated");
  });

  it("answers the memory limit at 50 MB, not above and not far below", async () => {
    expect((await sandbox.run({ code: "x = bytearray(30 * 1024 * 1024)\nprint('fits')" })).stdout).toBe("fits\n");
    expect((await sandbox.run({ code: "x = bytearray(80 * 1024 * 1024)\nprint('too big')" })).status).toBe("memory");
    expect((await sandbox.run({ code: "x = ' ' * (80 * 1024 * 1024)" })).status).toBe("memory");
  });

  it("gives an earlier run's 40 MB back: a later 30 MB program fits", async () => {
    const shm = "import mmap\nm = mmap.mmap(-1, 40 * 1024 * 1024)\nm.write(b'x' * (40 * 1024 * 1024))\nprint('held')";
    await sandbox.run({ code: shm });
    expect((await sandbox.run({ code: "x = bytearray(30 * 1024 * 1024)\nprint('fits')" })).stdout).toBe("fits\n");
  });

  it("runs programs as an unprivileged host user, never root", async () => {
    const r = await sandbox.run({ code: "import os, time\ntime.sleep(0.8)" });
    expect(r.status).toBe("ok");
    const owners = execFileSync("ps", ["-eo", "uid=,comm="], { encoding: "utf8" });
    const python = owners.split("\n").filter((l) => /python3/.test(l) && Number(l.trim().split(/\s+/)[0]) >= 64000);
    expect(python.length, "sandbox workers run under their own host uid").toBeGreaterThan(0);
  });
});
