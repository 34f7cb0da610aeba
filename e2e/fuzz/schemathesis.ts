import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";

// Schemathesis (from PyPI), installed once into a cache outside the repository, keyed by its version
// and by the Python that runs it. Python 3.11's compiler can fail with "AST constructor recursion
// depth mismatch" inside Hypothesis while it describes a deeply nested strategy, so a newer Python
// is preferred when the machine has one (EMBERLEARN_PYTHON names one explicitly).

export const SCHEMATHESIS_VERSION = "4.32.5";

function pythonVersion(python: string): [number, number, number] | undefined {
  const r = spawnSync(python, ["-c", "import sys; print(*sys.version_info[:3])"], {
    encoding: "utf8",
    timeout: 20_000,
  });
  if (r.status !== 0) return undefined;
  const [major, minor, patch] = r.stdout.trim().split(" ").map(Number);
  return [major, minor, patch];
}

function pickPython(): { python: string; version: string } {
  const pyenv = join(homedir(), ".pyenv/versions");
  const candidates = [
    process.env.EMBERLEARN_PYTHON,
    ...(existsSync(pyenv)
      ? readdirSync(pyenv)
          .filter((v) => /^3\.(1[2-9])\./.test(v))
          .map((v) => join(pyenv, v, "bin/python3"))
      : []),
    "python3.13",
    "python3.12",
    "/usr/bin/python3",
    "python3",
  ].filter((c): c is string => !!c);
  const found = candidates.map((python) => ({ python, v: pythonVersion(python) })).filter((c) => c.v && c.v[1] >= 9);
  const best = found.find((c) => c.v![0] === 3 && c.v![1] >= 12) ?? found[0];
  if (!best) throw new Error("the API fuzz test needs Python 3.9+ (python3) to install schemathesis");
  return { python: best.python, version: best.v!.join(".") };
}

/** The schemathesis executable, installing it on first use (a few minutes, once per machine). */
export function ensureSchemathesis(): string {
  const { python, version } = pickPython();
  const dir = join(homedir(), ".cache/emberlearn", `schemathesis-${SCHEMATHESIS_VERSION}-py${version}`);
  const bin = join(dir, "bin/schemathesis");
  if (existsSync(bin)) return bin;
  for (const [cmd, args] of [
    [python, ["-m", "venv", dir]],
    [
      join(dir, "bin/pip"),
      ["install", "--quiet", "--disable-pip-version-check", `schemathesis==${SCHEMATHESIS_VERSION}`],
    ],
  ] as const) {
    const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 600_000 });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stdout}\n${r.stderr}`);
  }
  return bin;
}

export interface FuzzRun {
  code: number | null;
  output: string;
  ms: number;
}

/** One schemathesis run, killed if it outlives `timeoutMs`. */
export function runSchemathesis(bin: string, args: string[], timeoutMs: number): Promise<FuzzRun> {
  const started = Date.now();
  return new Promise((resolve) => {
    // its working directory gets a cache (.schemathesis/): keep that out of the repository
    const cwd = join(tmpdir(), "emberlearn-fuzz");
    mkdirSync(cwd, { recursive: true });
    const child = spawn(bin, args, { cwd, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output, ms: Date.now() - started });
    });
  });
}

/** The part of schemathesis's report worth reading in a failed test: each failure and the summary. */
export function digest(output: string, max = 6000): string {
  const start = output.indexOf("FAILURES");
  const text = start >= 0 ? output.slice(start) : output.slice(-max);
  return text.length > max ? `${text.slice(0, max / 2)}\n…\n${text.slice(-max / 2)}` : text;
}
