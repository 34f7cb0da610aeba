import {
  createEmitter,
  createOutboxRelay,
  type Db,
  type Emitter,
  type EventBus,
  type Logger,
} from "@emberlearn/platform";
import type { Agent } from "../domain/types.ts";
import { inbox, outbox } from "../repository/schema.ts";

// Triage publishes three learning.events per tutor turn (progress counts questions and notices a student
// who says they are stuck). They are written to the outbox in the turn's own transaction and relayed
// after it commits.

export function tutorEvents(deps: { db: Db; bus: EventBus; logger: Logger }) {
  const tables = { outbox, inbox };
  const relay = createOutboxRelay({ ...deps, tables });
  return { relay, events: createEmitter({ db: deps.db, tables, relay, source: "triage" }) };
}

export interface TurnFacts {
  studentId: string;
  conversationId: string;
  message: string;
  exerciseId?: string;
  moduleId?: string;
  saysStuck: boolean;
  agent: Agent;
  confidence: number;
  source: "model" | "offline";
  tokens: number;
}

/** tutor.question.asked, tutor.question.routed and tutor.answer.given, inside the caller's transaction. */
export async function emitTurn(tx: Db, events: Emitter, t: TurnFacts): Promise<void> {
  const common = { studentId: t.studentId, conversationId: t.conversationId };
  await events.emit(tx, "tutor.question.asked", {
    ...common,
    message: t.message.slice(0, 4000),
    exerciseId: t.exerciseId,
    moduleId: t.moduleId,
    saysStuck: t.saysStuck,
  });
  await events.emit(tx, "tutor.question.routed", { ...common, agent: t.agent, confidence: t.confidence });
  await events.emit(tx, "tutor.answer.given", { ...common, agent: t.agent, source: t.source, tokens: t.tokens });
}
