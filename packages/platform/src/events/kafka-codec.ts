import { parseEvent, type CloudEvent } from "@emberlearn/contracts";

// How a CloudEvent sits in a Kafka record (CloudEvents Kafka binding, structured
// mode): key = subject (the student id, so one student's events share a partition
// and stay in order), value = the whole JSON envelope, and headers that let a
// consumer route, trace or inspect without parsing the value.

export const HEADER = {
  contentType: "content-type",
  id: "ce_id",
  type: "ce_type",
  correlationId: "ce_correlationid",
  // set only on dead-letter records
  error: "dlq_error",
  originalTopic: "dlq_original_topic",
  originalPartition: "dlq_original_partition",
  originalOffset: "dlq_original_offset",
  group: "dlq_group",
  attempts: "dlq_attempts",
} as const;

export interface KafkaRecordOut {
  topic: string;
  key: string;
  value: string;
  headers: Map<string, string>;
}

export function toRecord(topic: string, event: CloudEvent): KafkaRecordOut {
  const headers = new Map<string, string>([
    [HEADER.contentType, "application/cloudevents+json"],
    [HEADER.id, event.id],
    [HEADER.type, event.type],
  ]);
  if (event.correlationid) headers.set(HEADER.correlationId, event.correlationid);
  return { topic, key: event.subject, value: JSON.stringify(event), headers };
}

/** Parses and validates a record's value; throws when it is not a valid event (a poison record). */
export function fromRecordValue(value: string | undefined): CloudEvent {
  if (!value) throw new Error("empty record value");
  return parseEvent(JSON.parse(value));
}

export interface DeadLetterInfo {
  topic: string;
  partition: number;
  offset: bigint;
  group: string;
  attempts: number;
  error: unknown;
}

/** The record to write to the dead-letter topic: the original key, value and headers, plus why. */
export function toDeadLetter(
  dlqTopic: string,
  original: { key?: string; value?: string; headers: Map<string, string> },
  info: DeadLetterInfo,
): { topic: string; key?: string; value?: string; headers: Map<string, string> } {
  const headers = new Map(original.headers);
  headers.set(HEADER.error, describeError(info.error));
  headers.set(HEADER.originalTopic, info.topic);
  headers.set(HEADER.originalPartition, String(info.partition));
  headers.set(HEADER.originalOffset, String(info.offset));
  headers.set(HEADER.group, info.group);
  headers.set(HEADER.attempts, String(info.attempts));
  return { topic: dlqTopic, key: original.key, value: original.value, headers };
}

export function describeError(err: unknown): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  // headers are not a place for stack traces or megabytes of text
  return text.length > 1000 ? `${text.slice(0, 1000)}…` : text;
}

/** Exponential backoff with ±20% jitter, so many consumers retrying do not move in lockstep. */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random = Math.random): number {
  const exact = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exact * (0.8 + 0.4 * random()));
}

/**
 * Client-level retries (metadata, coordinator, leader moves): quick at first, since a
 * just-created topic or group coordinator is usually ready within milliseconds, then
 * slower, ~13 s in all, to ride out a broker failover.
 */
export const clientRetry = {
  retries: 10,
  retryDelay: (_client: unknown, _operation: string, attempt: number) => Math.min(2_000, 50 * 2 ** attempt),
};
