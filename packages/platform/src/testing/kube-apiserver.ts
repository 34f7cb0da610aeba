import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { engineBinary } from "./engines.ts";
import { freePort } from "./postgres.ts";

// A real Kubernetes API server for tests: etcd and kube-apiserver built from source
// (scripts/engines/build.sh), on loopback ports, with a static admin token, a self-signed
// serving certificate and service-account keys made by openssl. No kubelet, scheduler or
// controllers: objects are admitted, validated, defaulted and stored exactly as on a cluster,
// and Pods stay Pending. Ready in about 3 s once the binaries are cached.

export interface TestKubeApiServer {
  /** a kubeconfig file for kubectl (admin, in system:masters) */
  kubeconfig: string;
  server: string;
  token: string;
  /** runs kubectl against this server; throws with its stderr on a non-zero exit */
  kubectl(args: string[], input?: string): KubectlResult;
  stop(): Promise<void>;
}

export async function startKubeApiServer(): Promise<TestKubeApiServer> {
  const [etcdBin, apiserverBin] = await Promise.all([engineBinary("etcd"), engineBinary("kube-apiserver")]);
  const dir = mkdtempSync(join(tmpdir(), "emberlearn-kube-"));
  const [clientPort, peerPort, securePort] = [await freePort(), await freePort(), await freePort()];
  const token = "emberlearn-test-admin";
  const openssl = (args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: "pipe" });
  openssl(
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"].concat([
      "-addext",
      "subjectAltName=IP:127.0.0.1,DNS:localhost",
      "-keyout",
      "serving.key",
      "-out",
      "serving.crt",
    ]),
  );
  openssl(["genrsa", "-out", "sa.key", "2048"]);
  openssl(["rsa", "-in", "sa.key", "-pubout", "-out", "sa.pub"]);
  writeFileSync(join(dir, "tokens.csv"), `${token},admin,admin,"system:masters"\n`);

  const children: ChildProcess[] = [];
  const logs: Record<string, string> = { etcd: "", apiserver: "" };
  const start = (name: string, bin: string, args: string[]) => {
    const child = spawn(bin, args, { cwd: dir, stdio: ["ignore", "pipe", "pipe"], detached: true });
    const keep = (d: Buffer) => (logs[name] = (logs[name] + d).slice(-20_000));
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    children.push(child);
    return child;
  };
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      child.kill("SIGKILL");
      await new Promise((r) => child.once("exit", r));
    }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    const etcdUrl = `http://127.0.0.1:${clientPort}`;
    start("etcd", etcdBin, [
      "--name=test",
      `--data-dir=${join(dir, "etcd")}`,
      `--listen-client-urls=${etcdUrl}`,
      `--advertise-client-urls=${etcdUrl}`,
      `--listen-peer-urls=http://127.0.0.1:${peerPort}`,
      `--initial-advertise-peer-urls=http://127.0.0.1:${peerPort}`,
      `--initial-cluster=test=http://127.0.0.1:${peerPort}`,
      "--unsafe-no-fsync",
      "--log-level=warn",
    ]);
    const apiserver = start("apiserver", apiserverBin, [
      `--etcd-servers=${etcdUrl}`,
      "--bind-address=127.0.0.1",
      "--advertise-address=127.0.0.1",
      `--secure-port=${securePort}`,
      `--cert-dir=${join(dir, "certs")}`,
      "--tls-cert-file=serving.crt",
      "--tls-private-key-file=serving.key",
      "--token-auth-file=tokens.csv",
      "--authorization-mode=RBAC",
      "--service-account-issuer=https://kubernetes.default.svc",
      "--service-account-key-file=sa.pub",
      "--service-account-signing-key-file=sa.key",
      "--service-cluster-ip-range=10.96.0.0/16",
      "--enable-priority-and-fairness=false",
      "--profiling=false",
      "-v=0",
    ]);
    const server = `https://127.0.0.1:${securePort}`;
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (apiserver.exitCode !== null) throw new Error(`kube-apiserver exited:\n${logs.apiserver.slice(-3000)}`);
      if (kubectlReady(dir, server, token)) break;
      if (Date.now() > deadline) throw new Error(`kube-apiserver not ready in 60 s:\n${logs.apiserver.slice(-3000)}`);
      await sleep(250);
    }
    const kubeconfig = writeKubeconfig(dir, server, token);
    return {
      kubeconfig,
      server,
      token,
      kubectl: (args, input) => kubectl(kubeconfig, args, input),
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

function writeKubeconfig(dir: string, server: string, token: string): string {
  const path = join(dir, "kubeconfig");
  writeFileSync(
    path,
    [
      "apiVersion: v1",
      "kind: Config",
      "clusters:",
      `- name: test\n  cluster:\n    server: ${server}\n    certificate-authority: ${join(dir, "serving.crt")}`,
      `users:\n- name: admin\n  user:\n    token: ${token}`,
      "contexts:\n- name: test\n  context:\n    cluster: test\n    user: admin",
      "current-context: test",
      "",
    ].join("\n"),
  );
  return path;
}

function kubectlReady(dir: string, server: string, token: string): boolean {
  try {
    kubectl(writeKubeconfig(dir, server, token), ["get", "--raw", "/readyz"]);
    return true;
  } catch {
    return false;
  }
}

export interface KubectlResult {
  stdout: string;
  /** kubectl prints the API server's warnings here (e.g. Pod Security "would violate") */
  stderr: string;
}

export function kubectl(kubeconfig: string, args: string[], input?: string): KubectlResult {
  const res = spawnSync("kubectl", [`--kubeconfig=${kubeconfig}`, ...args], {
    input,
    encoding: "utf8",
    maxBuffer: 16 << 20,
    timeout: 60_000,
  });
  if (res.error) throw res.error;
  if (res.status !== 0) throw new Error(`kubectl ${args.join(" ")} failed:\n${res.stderr || res.stdout}`);
  return { stdout: res.stdout, stderr: res.stderr };
}
