import { murmur2 } from "@platformatic/kafka";

// Which partition a student's events go to. Every writer of a topic must agree, or one
// student's events land on two partitions and lose their order. Two writers exist:
// the Kafka bus (this package) and, in Dapr mode, daprd's Kafka component (Go, sarama),
// whose producer hashes keys with FNV-1a — not Java's murmur2 — and offers no setting to
// change it. So the bus can hash either way; a deployment picks one for all its writers:
//   murmur2: Java's default partitioner (Kafka Connect, librdkafka's murmur2, other clients)
//   sarama:  sarama's default hash partitioner, as daprd 1.14 uses it (Dapr mode)

export const PARTITIONERS = ["murmur2", "sarama"] as const;
export type PartitionerName = (typeof PARTITIONERS)[number];

export type KeyPartitioner = (key: string, partitions: number) => number;

/** Java's `Utils.toPositive(Utils.murmur2(key)) % partitions`. */
export const javaMurmur2: KeyPartitioner = (key, partitions) =>
  (murmur2(Buffer.from(key, "utf8")) & 0x7fffffff) % partitions;

/** sarama's hashPartitioner: FNV-1a 32, signed remainder, then its absolute value. */
export const saramaFnv1a: KeyPartitioner = (key, partitions) => {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(key, "utf8")) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return Math.abs((hash | 0) % partitions);
};

export function keyPartitioner(name: PartitionerName): KeyPartitioner {
  return name === "sarama" ? saramaFnv1a : javaMurmur2;
}
