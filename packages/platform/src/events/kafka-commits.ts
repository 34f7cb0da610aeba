import type { Logger } from "pino";

// Offset commits for one consumer: the newest handled record per partition is
// committed; while one commit is in flight, newer offsets wait and go in the next,
// so a busy partition costs one commit per round trip, not one per record.

interface Committable {
  partition: number;
  commit(): void | Promise<void>;
}

export interface CommitterOptions {
  logger?: Logger;
  /** true once the consumer is closing: a failed commit is then left to the next owner */
  stopped(): boolean;
  /** whether this member still owns the partition (after a rebalance it may not) */
  owns(partition: number): boolean;
  /** waits before retrying a failed commit */
  wait(ms: number): Promise<unknown>;
}

export function createCommitter<R extends Committable>(o: CommitterOptions) {
  const pending = new Map<number, R>();
  let committing: Promise<void> | undefined;

  async function commitOne(record: R) {
    try {
      await record.commit();
    } catch (err) {
      o.logger?.warn({ err, partition: record.partition }, "offset commit failed");
      // closing, or the partition moved: its owner re-reads from the last commit (a redelivery, not a loss)
      if (o.stopped() || !o.owns(record.partition)) return;
      if (!pending.has(record.partition)) pending.set(record.partition, record);
      await o.wait(200);
    }
  }

  function flush(): Promise<void> {
    if (committing || pending.size === 0) return committing ?? Promise.resolve();
    committing = (async () => {
      try {
        while (pending.size > 0) {
          const batch = [...pending.values()];
          pending.clear();
          await Promise.all(batch.map(commitOne));
        }
      } finally {
        committing = undefined;
      }
    })();
    return committing;
  }

  return {
    /** marks a record as handled: its offset + 1 will be committed */
    add(record: R): Promise<void> {
      pending.set(record.partition, record);
      return flush();
    },
    flush,
  };
}
