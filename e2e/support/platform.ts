import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Starts the platform exactly as `make start` does (scripts/start.ts), with a
// throwaway data directory, and stops it with Ctrl-C (SIGINT) like a person.

export interface StartedPlatform {
  base: string;
  output: () => string;
  stop(): Promise<number | null>;
}

const ROOT = join(import.meta.dirname, "../..");

export async function startEmbedded(env: Record<string, string> = {}): Promise<StartedPlatform> {
  const dataDir = mkdtempSync(join(tmpdir(), "emberlearn-e2e-"));
  let out = "";
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const deadline = Date.now() + 90_000;
  while (!out.includes("EmberLearn is running at")) {
    if (child.exitCode !== null) throw new Error(`the platform exited early:\n${out.slice(-3000)}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the platform did not start within 90 s:\n${out.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    base: "http://127.0.0.1:8000",
    output: () => out,
    async stop() {
      child.kill("SIGINT");
      const code = await Promise.race([
        exited,
        new Promise<number | null>((r) =>
          setTimeout(() => {
            child.kill("SIGKILL");
            r(-1);
          }, 20_000),
        ),
      ]);
      rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}
