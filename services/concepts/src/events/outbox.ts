import { createEmitter, createOutboxRelay, type Db, type EventBus, type Logger } from "@emberlearn/platform";
import { inbox, outbox } from "../repository/schema.ts";

/** concept.viewed leaves through this service's outbox, relayed after its transaction commits. */
export function conceptEvents(deps: { db: Db; bus: EventBus; logger: Logger }) {
  const tables = { outbox, inbox };
  const relay = createOutboxRelay({ ...deps, tables });
  return { relay, events: createEmitter({ db: deps.db, tables, relay, source: "concepts" }) };
}
