import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

// A throwaway Apache Kafka broker for tests (KRaft, one node, free loopback port),
// started by scripts/kafka/start.sh: jars fetched through Maven once into a cache
// outside the repo (~/.cache/emberlearn), then ~2 s per start.

const run = promisify(execFile);
const scripts = fileURLToPath(new URL("../../../../scripts/kafka/", import.meta.url));

export interface TestKafka {
  /** bootstrap address, e.g. "127.0.0.1:41234" */
  brokers: string;
  stop(): Promise<void>;
}

export async function startKafka(): Promise<TestKafka> {
  // --watch-pid: the broker also goes away if this process dies without calling stop()
  const { stdout } = await run("bash", [`${scripts}start.sh`, "--watch-pid", String(process.pid)], {
    maxBuffer: 1 << 20,
    timeout: 300_000,
  }).catch((err: { stderr?: string; message: string }) => {
    throw new Error(`could not start Kafka: ${err.stderr?.trim() || err.message}`);
  });
  const vars = Object.fromEntries(
    stdout
      .split("\n")
      .filter((l) => l.includes("="))
      .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1).trim()]),
  );
  const { KAFKA_BROKERS: brokers, KAFKA_DIR: dir } = vars;
  if (!brokers || !dir) throw new Error(`unexpected output from start.sh: ${stdout}`);
  let stopped: Promise<void> | undefined;
  return {
    brokers,
    stop() {
      stopped ??= run("bash", [`${scripts}stop.sh`, dir]).then(() => undefined);
      return stopped;
    },
  };
}

/**
 * The broker a test file should use: the one the vitest globalSetup started for
 * the whole run (TEST_KAFKA_BROKERS), else one of its own that stop() removes.
 */
export async function useTestKafka(): Promise<TestKafka> {
  const shared = process.env.TEST_KAFKA_BROKERS;
  if (shared) return { brokers: shared, stop: async () => {} };
  return startKafka();
}

export interface RawRecord {
  partition: number;
  offset: bigint;
  key: string;
  value: string;
  headers: Map<string, string>;
}

/** Reads a topic from its beginning with a throwaway group until `count` records or the timeout. */
export async function readTopic(
  brokers: string,
  topic: string,
  count: number,
  timeoutMs = 15_000,
): Promise<RawRecord[]> {
  const { Consumer, stringDeserializers } = await import("@platformatic/kafka");
  const { randomBytes } = await import("node:crypto");
  const consumer = new Consumer({
    clientId: "test-reader",
    groupId: `test-reader-${randomBytes(4).toString("hex")}`,
    bootstrapBrokers: [brokers],
    deserializers: stringDeserializers,
    maxWaitTime: 200,
  });
  const records: RawRecord[] = [];
  const stream = await consumer.consume({ topics: [topic], mode: "earliest", autocommit: false });
  const timer = setTimeout(() => void stream.close(), timeoutMs);
  try {
    for await (const m of stream) {
      records.push({ partition: m.partition, offset: m.offset, key: m.key, value: m.value, headers: m.headers });
      if (records.length >= count) break;
    }
  } finally {
    clearTimeout(timer);
    await stream.close().catch(() => {});
    await consumer.close().catch(() => {});
  }
  return records;
}
