import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { stringify } from "yaml";
import { engineBinary } from "./engines.ts";
import { freePort } from "./postgres.ts";

// A real Dapr sidecar for tests: daprd 1.14 built from source (scripts/engines/build.sh), in
// self-hosted mode, with the given resources (components, resiliency) and configuration. Every
// listener is on 127.0.0.1, and names resolve through a SQLite file shared by the test's
// sidecars instead of mDNS (which announces itself on the network). No placement or scheduler:
// pub/sub and service invocation need neither.

export interface DaprSidecar {
  appId: string;
  httpPort: number;
  metricsPort: number;
  log(): string;
  /** Dapr's Prometheus text (dapr_* series), e.g. to count invocations that went through it */
  metrics(): Promise<string>;
  stop(): Promise<void>;
}

export interface DaprCluster {
  /** where the sidecars' resources and name-resolution file live */
  dir: string;
  /** httpPort: when the app must know its sidecar's port before the sidecar starts */
  start(options: {
    appId: string;
    appPort: number;
    httpPort?: number;
    env?: Record<string, string>;
  }): Promise<DaprSidecar>;
  stop(): Promise<void>;
}

type Resource = Record<string, unknown>;

const PORT_TAKEN = /address already in use|could not listen on any endpoint/;

/** A set of sidecars that share resources and name resolution (like one namespace). */
export async function createDaprCluster(options: {
  resources: Record<string, Resource>;
  configuration?: Resource;
  /** daprd's --log-level (default warn) */
  logLevel?: string;
  /** where a sidecar's ports come from (default: ports free at that moment) */
  ports?: () => Promise<number>;
}): Promise<DaprCluster> {
  const daprd = await engineBinary("daprd");
  const dir = mkdtempSync(join(tmpdir(), "emberlearn-dapr-"));
  const resourcesDir = join(dir, "resources");
  mkdirSync(resourcesDir);
  for (const [file, resource] of Object.entries(options.resources))
    writeFileSync(join(resourcesDir, file), stringify(resource));
  const configuration = structuredClone(
    options.configuration ?? { apiVersion: "dapr.io/v1alpha1", kind: "Configuration", metadata: { name: "test" } },
  ) as { spec?: Record<string, unknown> };
  configuration.spec = {
    ...configuration.spec,
    nameResolution: { component: "sqlite", configuration: { connectionString: join(dir, "names.db") } },
  };
  writeFileSync(join(dir, "config.yaml"), stringify(configuration));
  const sidecars: DaprSidecar[] = [];

  const launch = async (appId: string, appPort: number, env: Record<string, string> | undefined, given?: number) => {
    const port = options.ports ?? freePort;
    const [httpPort, grpcPort, internalPort, metricsPort] = [
      given ?? (await port()),
      await port(),
      await port(),
      await port(),
    ];
    let out = "";
    const child: ChildProcess = spawn(
      daprd,
      [
        `--app-id=${appId}`,
        `--app-port=${appPort}`,
        "--app-channel-address=127.0.0.1",
        `--dapr-http-port=${httpPort}`,
        `--dapr-grpc-port=${grpcPort}`,
        `--dapr-internal-grpc-port=${internalPort}`,
        `--metrics-port=${metricsPort}`,
        "--dapr-listen-addresses=127.0.0.1",
        "--dapr-internal-grpc-listen-address=127.0.0.1",
        "--dapr-public-listen-address=127.0.0.1",
        "--metrics-listen-address=127.0.0.1",
        `--resources-path=${resourcesDir}`,
        `--config=${join(dir, "config.yaml")}`,
        "--placement-host-address=",
        "--scheduler-host-address=",
        "--dapr-graceful-shutdown-seconds=2",
        `--log-level=${options.logLevel ?? "warn"}`,
      ],
      { env: { ...process.env, NAMESPACE: "emberlearn", ...env }, stdio: ["ignore", "pipe", "pipe"] },
    );
    const keep = (d: Buffer) => (out = (out + d).slice(-50_000));
    child.stdout!.on("data", keep);
    child.stderr!.on("data", keep);
    const sidecar: DaprSidecar = {
      appId,
      httpPort,
      metricsPort,
      log: () => out,
      metrics: () => fetch(`http://127.0.0.1:${metricsPort}/metrics`).then((r) => r.text()),
      async stop() {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill("SIGTERM");
        const exited = new Promise((r) => child.once("exit", r));
        if (!(await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]))) {
          child.kill("SIGKILL");
          await exited;
        }
      },
    };
    return { sidecar, exited: () => child.exitCode !== null || child.signalCode !== null };
  };

  /** the sidecar's own API answers before the app is up (outbound = components ready) */
  const ready = async ({ sidecar, exited }: Awaited<ReturnType<typeof launch>>) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (exited()) return false;
      const ok = await fetch(`http://127.0.0.1:${sidecar.httpPort}/v1.0/healthz/outbound`, {
        signal: AbortSignal.timeout(1000), // the port may belong to a process that never answers
      }).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return true;
      if (Date.now() > deadline)
        throw new Error(`daprd ${sidecar.appId} not ready in 30 s:\n${sidecar.log().slice(-3000)}`);
      await sleep(100);
    }
  };

  return {
    dir,
    async start({ appId, appPort, env, httpPort }) {
      // freePort lets its port go before daprd binds it: another process can take it in between, so a
      // sidecar that exits on a taken port starts again on fresh ones
      for (let attempt = 1; ; attempt++) {
        const launched = await launch(appId, appPort, env, httpPort);
        if (await ready(launched)) {
          sidecars.push(launched.sidecar);
          return launched.sidecar;
        }
        const log = launched.sidecar.log();
        if (!PORT_TAKEN.test(log) || attempt === 3) throw new Error(`daprd ${appId} exited:\n${log.slice(-3000)}`);
      }
    },
    async stop() {
      await Promise.all(sidecars.map((s) => s.stop()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
