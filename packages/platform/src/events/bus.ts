import type { CloudEvent, Topic } from "@emberlearn/contracts";

// The event bus is shaped after Kafka: topics, a partition key (the student id)
// that keeps one student's events in order, consumer groups that each see every
// event once, and at-least-once delivery (handlers must be idempotent: see inbox.ts).

export type EventHandler = (event: CloudEvent) => Promise<void>;

export interface Subscription {
  topic: Topic;
  /** consumer group: one per consuming service; each group gets every event */
  group: string;
  handler: EventHandler;
  /**
   * every replica gets every event (a live feed kept in memory per replica), from the time it
   * subscribed: each replica is its own group, and nothing is dead-lettered
   */
  broadcast?: boolean;
}

export interface EventBus {
  /** Resolves once the bus has accepted the events (for Kafka: acknowledged by the broker). */
  publish(topic: Topic, events: CloudEvent[]): Promise<void>;
  subscribe(subscription: Subscription): Promise<void>;
  /** Waits until every accepted event has been handled by every subscriber (tests, shutdown). */
  drain(): Promise<void>;
  close(): Promise<void>;
  /** resolves when the bus can publish and its consumers run (readiness); throws with why not */
  ready?(): Promise<void>;
}
