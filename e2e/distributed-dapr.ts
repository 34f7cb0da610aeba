import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { catalog } from "@emberlearn/contracts";
import { createTestDatabase, freePort } from "@emberlearn/platform/testing/postgres";
import { startKafka, type TestKafka } from "@emberlearn/platform/testing/kafka";
import { createDaprCluster, type DaprCluster, type DaprSidecar } from "@emberlearn/platform/testing/dapr";
import { buildDapr, selfHostedDapr } from "../deploy/generate/dapr.ts";
import { runLearningLoop } from "./support/learning-loop.ts";
import { stopEachCleanly, type ServiceProcess } from "./support/service-processes.ts";

// Distributed mode with Dapr, as on Kubernetes: every service its own process beside its own real
// daprd 1.14 sidecar (built from source), with deploy/dapr's components, resiliency and
// configuration; events through Dapr pub/sub on a real Kafka broker whose topics the topics
// command made; service-to-service calls through Dapr invocation, sidecar to sidecar. The
// gateway stands where Kong does (no sidecar). Then the same learning loop as the other modes.

const ROOT = join(import.meta.dirname, "..");
const ORDER = ["auth", "sandbox", "code-review", "progress", "exercise", "concepts", "debug", "triage"] as const;
const API_TOKEN = `dapr-api-${randomBytes(12).toString("hex")}`;
const APP_TOKEN = `dapr-app-${randomBytes(12).toString("hex")}`;

const sum = (metrics: string, name: string, filter = "") =>
  metrics
    .split("\n")
    .filter((l) => l.startsWith(`${name}{`) && l.includes(filter))
    .reduce((total, l) => total + Number(l.slice(l.lastIndexOf(" ") + 1)), 0);

export const daprSuite = () =>
  describe("distributed mode with Dapr sidecars: pub/sub on Kafka, service invocation", () => {
    const processes: ServiceProcess[] = [];
    const sidecars = new Map<string, DaprSidecar>();
    let kafka: TestKafka;
    let cluster: DaprCluster;

    const spawnService = (name: string, env: NodeJS.ProcessEnv) => {
      let out = "";
      const child = spawn(process.execPath, ["--import", "tsx", `services/${name}/src/main.ts`], {
        cwd: ROOT,
        env,
        stdio: ["ignore", "pipe", "pipe"],
      });
      child.stdout.on("data", (d) => (out = (out + d).slice(-20_000)));
      child.stderr.on("data", (d) => (out = (out + d).slice(-20_000)));
      processes.push({ name, child, log: () => out });
      return child;
    };
    const waitReady = async (name: string, child: ChildProcess) => {
      const port = catalog.find((s) => s.name === name)!.port;
      const deadline = Date.now() + 90_000;
      for (;;) {
        const log = processes.find((p) => p.child === child)!.log;
        if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${log().slice(-2000)}`);
        const res = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined);
        if (res?.ok) return;
        if (Date.now() > deadline)
          throw new Error(
            `${name} not ready in 90 s: ` +
              `${await res?.text()}\n${log().slice(-2000)}\n${sidecars.get(name)?.log().slice(-2000)}`,
          );
        await new Promise((r) => setTimeout(r, 250));
      }
    };

    beforeAll(async () => {
      kafka = await startKafka(); // its own broker: Dapr's topics carry their real names
      // the documented topics step (in Kubernetes, the topics Job)
      const topics = spawnSync(process.execPath, ["--import", "tsx", "scripts/events/topics.ts"], {
        cwd: ROOT,
        env: { ...process.env, KAFKA_BROKERS: kafka.brokers, KAFKA_PARTITIONER: "sarama" },
        encoding: "utf8",
      });
      expect(topics.status, topics.stderr).toBe(0);
      expect(topics.stdout).toMatch(/created +code\.events partitions=3/);
      cluster = await createDaprCluster({
        resources: selfHostedDapr({ brokers: kafka.brokers }),
        configuration: buildDapr()["configuration.yaml"],
      });
      const base = {
        ...process.env,
        DATABASE_URL: await createTestDatabase(inject("postgresUrl")),
        SEED_DEMO: "true",
        LOG_LEVEL: "warn",
        KAFKA_PARTITIONER: "sarama",
        DAPR_API_TOKEN: API_TOKEN,
        APP_API_TOKEN: APP_TOKEN,
        // service identity: the token rides Dapr's invocation from sidecar to sidecar untouched
        SERVICE_TOKEN_SECRET: randomBytes(32).toString("hex"),
      };
      for (const name of ORDER) {
        const httpPort = await freePort();
        const child = spawnService(name, { ...base, DAPR_HTTP_PORT: String(httpPort) });
        const port = catalog.find((s) => s.name === name)!.port;
        sidecars.set(
          name,
          await cluster.start({
            appId: name,
            appPort: port,
            httpPort,
            env: { DAPR_API_TOKEN: API_TOKEN, APP_API_TOKEN: APP_TOKEN },
          }),
        );
        await waitReady(name, child);
      }
      // the edge, as Kong: straight to each service's port
      const gateway = spawnService("gateway", { ...process.env, LOG_LEVEL: "warn", WEB_URL: "http://127.0.0.1:9" });
      await waitReady("gateway", gateway);
    }, 600_000);

    afterAll(async () => {
      for (const p of [...processes].reverse()) {
        if (p.child.exitCode !== null) continue;
        p.child.kill("SIGTERM");
        await new Promise((r) => p.child.once("exit", r));
      }
      await cluster?.stop();
      await kafka?.stop();
    }, 120_000);

    it("passes the learning loop with events through Dapr pub/sub and calls through Dapr invocation", async () => {
      await runLearningLoop("http://127.0.0.1:8000", {
        teacher: { email: "teacher@emberlearn.local", password: "kindle-lessons-2026" },
      });
      const progress = await sidecars.get("progress")!.metrics();
      const handled = sum(progress, "dapr_component_pubsub_ingress_count", 'process_status="success"');
      expect(handled).toBeGreaterThan(5);
      // invocations arrived sidecar to sidecar: grading (exercise -> sandbox), tokens (* -> auth)
      const sandbox = await sidecars.get("sandbox")!.metrics();
      expect(sum(sandbox, "dapr_runtime_service_invocation_req_recv_total", 'src_app_id="exercise"')).toBeGreaterThan(
        0,
      );
      const auth = await sidecars.get("auth")!.metrics();
      const authCallers = sum(auth, "dapr_runtime_service_invocation_req_recv_total");
      expect(authCallers).toBeGreaterThan(0);
      console.log(
        `dapr e2e: ${handled} events handled by progress through its sidecar; ${authCallers} calls to auth via Dapr`,
      );
    }, 180_000);

    it("stops every service cleanly on SIGTERM", () => stopEachCleanly(processes), 60_000);
  });
