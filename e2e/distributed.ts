import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { catalog } from "@emberlearn/contracts";
import { createTestDatabase } from "@emberlearn/platform/testing/postgres";
import { runLearningLoop } from "./support/learning-loop.ts";
import { stopEachCleanly, type ServiceProcess } from "./support/service-processes.ts";

// Distributed mode on one machine: every service its own process (its own
// main.ts, its own environment), one real PostgreSQL database, a real Kafka
// broker between them — and the same learning loop as the embedded test.

const ROOT = join(import.meta.dirname, "..");
const ORDER = [
  "auth",
  "sandbox",
  "code-review",
  "progress",
  "exercise",
  "concepts",
  "debug",
  "triage",
  "gateway",
] as const;

export const distributedSuite = () =>
  describe("distributed mode: one process per service, PostgreSQL and Kafka", () => {
    const processes: ServiceProcess[] = [];

    beforeAll(async () => {
      const env = {
        ...process.env,
        DATABASE_URL: await createTestDatabase(inject("postgresUrl")),
        KAFKA_BROKERS: inject("kafkaBrokers"),
        SEED_DEMO: "true",
        // one deployment: every process signs and checks service identities with the same secret
        SERVICE_TOKEN_SECRET: randomBytes(32).toString("hex"),
        LOG_LEVEL: "warn",
        // no web app in this test: the gateway's "/" is not used
        WEB_URL: "http://127.0.0.1:9",
      };
      for (const name of ORDER) {
        let out = "";
        const child = spawn(process.execPath, ["--import", "tsx", `services/${name}/src/main.ts`], {
          cwd: ROOT,
          env,
          stdio: ["ignore", "pipe", "pipe"],
        });
        child.stdout.on("data", (d) => (out += d));
        child.stderr.on("data", (d) => (out += d));
        processes.push({ name, child, log: () => out });
        const port = catalog.find((s) => s.name === name)!.port;
        const deadline = Date.now() + 60_000;
        for (;;) {
          if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${out.slice(-2000)}`);
          const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
            (r) => r.ok,
            () => false,
          );
          if (ok) break;
          if (Date.now() > deadline) throw new Error(`${name} not ready in 60 s:\n${out.slice(-2000)}`);
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    }, 240_000);

    afterAll(async () => {
      // graceful stop, in reverse: the gateway first, auth last
      for (const p of [...processes].reverse()) {
        p.child.kill("SIGTERM");
        await new Promise((r) => (p.child.exitCode !== null ? r(null) : p.child.once("exit", r)));
      }
    }, 60_000);

    it("runs each service as its own process", () => {
      expect(processes.map((p) => p.name)).toEqual([...ORDER]);
      expect(new Set(processes.map((p) => p.child.pid)).size).toBe(ORDER.length);
    });

    it("passes the same learning loop as the embedded mode, with events crossing Kafka", async () => {
      await runLearningLoop("http://127.0.0.1:8000", {
        teacher: { email: "teacher@emberlearn.local", password: "kindle-lessons-2026" },
      });
    }, 90_000);

    it("stops every service cleanly on SIGTERM", () => stopEachCleanly(processes), 60_000);
  });
