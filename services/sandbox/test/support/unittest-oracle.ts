import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { TestInput } from "../../src/domain/sandbox.ts";

// The grader's fidelity tests compare every verdict with `python -m unittest` itself, run on
// the same CPython outside the sandbox (test/support/reference_runner.py records outcomes).

const RUNNER = join(import.meta.dirname, "reference_runner.py");

export interface FidelityCase {
  name: string;
  variant: string;
  input: TestInput & { moduleName: string; testModule: string };
}

/** Every case folder under `root` and every student file in it (solution, stub, broken…). */
export function loadCases(root: string): FidelityCase[] {
  const out: FidelityCase[] = [];
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name);
    const metaPath = join(dir, "meta.json");
    const meta = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, "utf8")) : {};
    const moduleName: string = meta.moduleName ?? "student";
    const testModule: string = meta.testModule ?? "tests";
    const helperFiles: string[] = meta.helpers ?? [];
    const dataFiles: string[] = meta.files ?? [];
    const helpers = Object.fromEntries(
      helperFiles.map((f) => [f.replace(/\.py$/, ""), readFileSync(join(dir, f), "utf8")]),
    );
    const files = dataFiles.map((path) => ({ path, content: readFileSync(join(dir, path), "utf8") }));
    const tests = readFileSync(join(dir, `${testModule}.py`), "utf8");
    const skip = new Set([`${testModule}.py`, ...helperFiles]);
    for (const variant of readdirSync(dir).filter((f) => f.endsWith(".py") && !skip.has(f))) {
      const code = readFileSync(join(dir, variant), "utf8");
      out.push({ name, variant, input: { code, tests, moduleName, testModule, helpers, files } });
    }
  }
  return out;
}

/** Outcome per test ("Class.method") as `python -m unittest` decides it; `__crashed__` when
 * unittest itself gave no verdict (its process stopped or its import failed). */
export function unittestVerdicts(input: FidelityCase["input"]): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), "emberlearn-oracle-"));
  try {
    const put = (path: string, content: string) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    };
    put(`${input.moduleName}.py`, input.code);
    put(`${input.testModule}.py`, input.tests);
    for (const [name, source] of Object.entries(input.helpers ?? {})) put(`${name}.py`, source);
    for (const file of input.files ?? []) put(file.path, file.content);
    // the code under test may be hostile (the forgery suite kills every process it can): unittest
    // runs in a throwaway bubblewrap sandbox, its own pid namespace, as an unprivileged user
    chmodSync(dir, 0o777);
    const jail = [
      ...[
        "--unshare-all",
        "--die-with-parent",
        "--new-session",
        "--ro-bind",
        "/",
        "/",
        "--dev",
        "/dev",
        "--tmpfs",
        "/tmp",
      ],
      ...["--bind", dir, dir, "--ro-bind", RUNNER, "/tmp/reference_runner.py", "--chdir", dir],
    ];
    const python = ["/usr/bin/python3", "-s", "-E", "-B", "/tmp/reference_runner.py", input.testModule];
    const run = spawnSync("/usr/bin/bwrap", [...jail, "--", ...python], {
      cwd: dir,
      encoding: "utf8",
      timeout: 60_000,
      ...(process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}),
    });
    const last = run.stdout.trim().split("\n").pop() ?? "";
    if (run.error) throw run.error;
    // no verdict at all: the code ended unittest's process (os._exit, killing it, breaking builtins)
    if (!last.startsWith("{")) return { __crashed__: `${run.status ?? run.signal}: ${run.stderr.slice(-500)}` };
    return JSON.parse(last);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
