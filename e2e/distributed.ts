import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { randomBytes } from "node:crypto";
import { createTestDatabase } from "@emberlearn/platform/testing/postgres";
import { runLearningLoop } from "./support/learning-loop.ts";
import { stopEachCleanly } from "./support/service-processes.ts";
import {
  SERVICE_ORDER,
  startServiceProcesses,
  stopServiceProcesses,
  type ServiceProcess,
} from "./support/start-services.ts";

// Distributed mode on one machine: every service its own process (its own
// main.ts, its own environment), one real PostgreSQL database, a real Kafka
// broker between them — and the same learning loop as the embedded test.

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
      await startServiceProcesses(SERVICE_ORDER, env, processes);
    }, 240_000);

    // graceful stop, in reverse: the gateway first, auth last
    afterAll(() => stopServiceProcesses(processes), 60_000);

    it("runs each service as its own process", () => {
      expect(processes.map((p) => p.name)).toEqual([...SERVICE_ORDER]);
      expect(new Set(processes.map((p) => p.child.pid)).size).toBe(SERVICE_ORDER.length);
    });

    it("passes the same learning loop as the embedded mode, with events crossing Kafka", async () => {
      await runLearningLoop("http://127.0.0.1:8000", {
        teacher: { email: "teacher@emberlearn.local", password: "kindle-lessons-2026" },
      });
    }, 90_000);

    it("stops every service cleanly on SIGTERM", () => stopEachCleanly(processes), 60_000);
  });
