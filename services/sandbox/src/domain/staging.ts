import { chmodSync, cpSync, existsSync, mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// The workers run as their own unprivileged uids, which may not be allowed to walk the paths of
// the harness and its libraries (a checkout under /root, the library cache in /root/.cache). A
// service running as root copies both, once at start, into a folder every worker can read.

export interface Staged {
  runnerDir: string;
  libDir?: string;
  remove(): void;
}

export function stageForWorkers(runnerDir: string, libDir: string | undefined, asRoot: boolean): Staged {
  const lib = libDir && existsSync(libDir) ? realpathSync(libDir) : undefined;
  if (!asRoot) return { runnerDir, libDir: lib, remove: () => {} };
  const dir = mkdtempSync(join(tmpdir(), "emberlearn-sandbox-harness-"));
  chmodSync(dir, 0o755);
  const copy = (from: string, to: string) => {
    cpSync(from, to, { recursive: true, filter: (src) => !src.includes("__pycache__") && !src.endsWith("/tests") });
    return to;
  };
  return {
    runnerDir: copy(runnerDir, join(dir, "runner")),
    libDir: lib ? copy(lib, join(dir, "lib")) : undefined,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
