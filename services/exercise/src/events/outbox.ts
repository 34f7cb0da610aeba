import { createEmitter, createOutboxRelay, type Db, type EventBus, type Logger } from "@emberlearn/platform";
import { inbox, outbox } from "../repository/schema.ts";

/** exercise.submitted, exercise.graded and quiz.completed are written with their change, relayed after commit. */
export function exerciseEvents(deps: { db: Db; bus: EventBus; logger: Logger }) {
  const tables = { outbox, inbox };
  const relay = createOutboxRelay({ ...deps, tables });
  return { relay, events: createEmitter({ db: deps.db, tables, relay, source: "exercise" }) };
}
