import type { CloudEvent, EventData, EventType, ServiceName } from "@emberlearn/contracts";
import type { Db } from "../db/index.ts";
import { handleOnce } from "./inbox.ts";
import { createEvent, enqueueEvents, type OutboxRelay } from "./outbox.ts";
import type { MessagingTables } from "./tables.ts";

// One way for a service to emit an event: inside a transaction that also writes what the event
// announces, so both commit or neither does. The emitter knows the service's outbox, its name (the
// event's source) and its relay, and pokes the relay once a transaction that emitted has committed
// (not before: a relay pass before the commit would find nothing and the event would wait a poll).

export interface Emitter {
  /** builds the event (validated; this service as its source) and queues it in tx's outbox */
  emit<T extends EventType>(tx: Db, type: T, data: EventData<T>): Promise<CloudEvent<T>>;
  /** runs work in a transaction; what it emitted is relayed as soon as it commits */
  transaction<R>(work: (tx: Db) => Promise<R>): Promise<R>;
  /** handleOnce (inbox) in this service's tables; what the effect emitted is relayed after the commit */
  handleOnce(group: string, event: CloudEvent, effect: (tx: Db) => Promise<void>): Promise<boolean>;
  /** the tables, for code that reads or writes the outbox/inbox directly */
  tables: MessagingTables;
}

export function createEmitter(deps: {
  db: Db;
  tables: MessagingTables;
  relay: Pick<OutboxRelay, "poke">;
  source: ServiceName;
}): Emitter {
  // the transactions that emitted, so only those poke (and a concurrent one's commit does not count)
  const emitted = new WeakSet<object>();
  const pokeIfEmitted = (tx: object) => {
    if (emitted.has(tx)) deps.relay.poke();
  };
  return {
    tables: deps.tables,
    async emit(tx, type, data) {
      const event = createEvent(type, data, deps.source);
      await enqueueEvents(tx, deps.tables, [event]);
      emitted.add(tx);
      return event;
    },
    async transaction(work) {
      let used: object | undefined;
      const result = await deps.db.transaction(async (tx) => {
        used = tx;
        return work(tx as unknown as Db);
      });
      if (used) pokeIfEmitted(used);
      return result;
    },
    async handleOnce(group, event, effect) {
      let used: object | undefined;
      const handled = await handleOnce(deps.db, deps.tables, group, event, async (tx) => {
        used = tx;
        await effect(tx);
      });
      if (used) pokeIfEmitted(used);
      return handled;
    },
  };
}
