import type { TestProject } from "vitest/node";
import { startKafka, type TestKafka } from "./kafka.ts";

// One Kafka broker per test run, shared by every Kafka integration test file
// (each file uses its own topic names and consumer groups). Add this file to
// `globalSetup` in vitest.config.ts; without it, test files start their own broker.

declare module "vitest" {
  export interface ProvidedContext {
    kafkaBrokers: string;
  }
}

let kafka: TestKafka | undefined;

export async function setup(project: TestProject) {
  kafka = await startKafka();
  process.env.TEST_KAFKA_BROKERS = kafka.brokers;
  project.provide("kafkaBrokers", kafka.brokers);
}

export async function teardown() {
  await kafka?.stop();
}
