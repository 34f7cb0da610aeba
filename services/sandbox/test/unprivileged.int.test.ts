import { spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { detectCgroupVersion } from "../src/domain/cgroups.ts";

// The sandbox does not need root: a service running as an ordinary user, given a cgroup
// delegated to it (what an operator or a container runtime sets up), isolates runs the same way.

const UID = 63_000;
const version = detectCgroupVersion();
const parent = `emberlearn-delegated-${process.pid}`;
const controllers = version === 2 ? [""] : ["memory", "pids", "cpu"];
const dirs = controllers.map((c) => join("/sys/fs/cgroup", c, parent));

function delegate() {
  for (const dir of dirs) {
    mkdirSync(dir, { recursive: true });
    chownSync(dir, UID, UID);
    for (const file of readdirSync(dir)) {
      if (/^(cgroup\.(procs|subtree_control|threads)|tasks)$/.test(file)) chownSync(join(dir, file), UID, UID);
    }
  }
}

describe("running without root", () => {
  // the run's processes die with it, but on a loaded machine the kernel may still be ending them:
  // a cgroup with a process left is busy, so remove the tree (the sandbox's groups first) until it goes
  afterAll(async () => {
    const removeTree = (dir: string) => {
      for (const sub of readdirSync(dir, { withFileTypes: true }))
        if (sub.isDirectory()) removeTree(join(dir, sub.name));
      rmdirSync(dir);
    };
    for (const dir of dirs) {
      for (let attempt = 0; existsSync(dir); attempt++) {
        try {
          removeTree(dir);
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== "EBUSY" || attempt >= 100) throw err;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    }
  });

  it("runs, limits and grades as an unprivileged user with a delegated cgroup", () => {
    expect(process.getuid?.(), "the test creates the delegated cgroup as root").toBe(0);
    delegate();
    const home = mkdtempSync(join(tmpdir(), "emberlearn-unprivileged-"));
    chownSync(home, UID, UID);
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", join(import.meta.dirname, "support/unprivileged-run.ts")],
      {
        uid: UID,
        gid: UID,
        cwd: join(import.meta.dirname, "../../.."),
        env: { PATH: process.env.PATH, HOME: home, SANDBOX_PARENT: parent, TMPDIR: home },
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(run.status, run.stderr.slice(-2000)).toBe(0);
    const results = JSON.parse(run.stdout.trim().split("\n").pop()!);
    expect(results.hello).toMatchObject({ status: "ok", stdout: "1000 hello\n" });
    expect(results.memory.status).toBe("memory");
    expect(results.graded.summary).toMatchObject({ passed: 1, total: 1 });
  }, 90_000);
});
