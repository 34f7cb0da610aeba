import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

// The real engines the distributed tests run against (daprd, etcd, kube-apiserver), built from
// source by scripts/engines/build.sh and cached outside the repository by version. `make test`
// builds them first; a test file run on its own builds what is missing (minutes, once).

const run = promisify(execFile);
const script = fileURLToPath(new URL("../../../../scripts/engines/build.sh", import.meta.url));

export type Engine = "daprd" | "etcd" | "kube-apiserver";

/** The path of the engine's binary, building it first when the cache does not have it. */
export async function engineBinary(tool: Engine): Promise<string> {
  const { stdout } = await run("bash", [script, tool], { timeout: 30 * 60_000, maxBuffer: 1 << 20 }).catch(
    (err: { stderr?: string; message: string }) => {
      throw new Error(`could not build ${tool}: ${err.stderr?.trim() || err.message}`);
    },
  );
  return stdout.trim().split("\n").at(-1)!;
}

/** The directory of Dapr's own CRDs (same release as daprd), as its Helm chart installs them. */
export async function daprCrdsDir(): Promise<string> {
  const { stdout } = await run("bash", [script, "--dapr-crds"], { timeout: 300_000 });
  return stdout.trim();
}
