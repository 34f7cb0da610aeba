import { createEmitter, createOutboxRelay, type Db, type EventBus, type Logger } from "@emberlearn/platform";
import { inbox, outbox } from "../repository/schema.ts";

/** code.reviewed leaves through this service's outbox: written with the review's record, relayed after commit. */
export function reviewEvents(deps: { db: Db; bus: EventBus; logger: Logger }) {
  const tables = { outbox, inbox };
  const relay = createOutboxRelay({ ...deps, tables });
  return { relay, events: createEmitter({ db: deps.db, tables, relay, source: "code-review" }) };
}
