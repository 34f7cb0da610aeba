import { createHash, randomUUID } from "node:crypto";
import { systemPromptFor, type Db, type Logger, type Emitter, type TutorModel } from "@emberlearn/platform";
import type { Agent, ChatInput, Classifier } from "../domain/types.ts";
import { refusalPreamble } from "../domain/refusal.ts";
import { decide, type Decision } from "../domain/route.ts";
import { observe, readState, remember } from "../domain/state.ts";
import { emitTurn } from "../events/outbox.ts";
import { insertMessage, listConversation } from "../repository/conversation-repository.ts";
import type { Specialists } from "../repository/specialists.ts";
import { findState, saveState } from "../repository/state-repository.ts";
import { agentTools, answerGuard } from "./agent-tools.ts";
import { modelRoute } from "./model-route.ts";
import { respond } from "./respond.ts";

// One tutor turn: read what this conversation remembers, decide on state and intent, let a
// specialist (or triage itself) answer offline, stream the model's answer or the offline one, then
// store the messages, the new state and the learning events in one transaction.

export interface TutorDeps {
  db: Db;
  events: Emitter;
  model: TutorModel;
  classifier: Classifier;
  specialists: Specialists;
  logger: Logger;
  agentLimits?: { maxSteps: number; maxTokens: number };
}

export interface TurnEvents {
  onRouted(info: { conversationId: string; agent: Agent; confidence: number; reasons: string[]; action: string }): void;
  onChunk(text: string): void;
}

export async function tutorTurn(
  deps: TutorDeps,
  studentId: string,
  input: ChatInput & { conversationId?: string },
  events: TurnEvents,
) {
  const conversationId = input.conversationId ?? randomUUID();
  const stored = readState(await findState(deps.db, studentId, conversationId));
  const state = observe(stored, input, input.code?.trim() ? hash(input.code) : undefined);
  const saysStuck = deps.classifier.detectStuck(input.message);
  const wantsSolution = deps.classifier.isSolutionRequest(input.message);
  let decision: Decision = decide(input, state, deps.classifier);
  if (wantsSolution && (input.exerciseId ?? state.exerciseId))
    decision = { ...decision, agent: "exercise", action: "next-hint", reasons: ["asks for the solution"] };
  else if (deps.model.enabled && decision.action === "answer")
    decision = { ...decision, ...(await modelRoute(deps.model, studentId, input, decision)) };

  const response = await respond(deps.specialists, decision, input, state);
  events.onRouted({
    conversationId,
    agent: response.agent,
    confidence: decision.confidence,
    reasons: decision.reasons,
    action: decision.action,
  });
  const preamble = wantsSolution ? refusalPreamble() : "";
  if (preamble) events.onChunk(preamble);
  const history = (await listConversation(deps.db, studentId, conversationId, 12)).map((m) => ({
    role: m.role,
    content: m.content,
  }));
  let answerText = preamble;
  const exerciseId = input.exerciseId ?? state.exerciseId;
  const ask = {
    studentId,
    system: systemPromptFor(response.agent, response.context),
    messages: [...history, { role: "user" as const, content: userTurn(input) }],
    offline: async () => response.offline,
    onChunk: (t: string) => {
      answerText += t;
      events.onChunk(t);
    },
  };
  // with a model: an agent over our services, every word checked against the solution first
  const result = deps.model.enabled
    ? await deps.model.agent({
        ...ask,
        tools: agentTools(deps.specialists, input, state, (level) => {
          if (exerciseId) response.hint = { exerciseId, level };
        }),
        guard: answerGuard(deps.specialists, exerciseId),
        maxSteps: deps.agentLimits?.maxSteps ?? 4,
        maxTokens: deps.agentLimits?.maxTokens ?? 500,
      })
    : await deps.model.answer(ask);
  const next = remember(state, {
    agent: response.agent,
    intent: decision.intent,
    topic: response.topic,
    depth: response.depth,
    example: response.example,
    hint: response.hint,
    check: response.check,
    pending: decision.action === "clarify" ? { options: decision.options ?? [], message: input.message } : undefined,
  });

  await deps.events.transaction(async (t) => {
    await insertMessage(t, { id: randomUUID(), conversationId, studentId, role: "user", content: input.message });
    await insertMessage(t, {
      id: randomUUID(),
      conversationId,
      studentId,
      role: "assistant",
      content: answerText,
      agent: response.agent,
      confidence: decision.confidence,
      source: result.source,
    });
    await saveState(t, studentId, conversationId, next);
    await emitTurn(t, deps.events, {
      studentId,
      conversationId,
      message: input.message,
      exerciseId: input.exerciseId,
      moduleId: input.moduleId,
      saysStuck,
      agent: response.agent,
      confidence: decision.confidence,
      source: result.source,
      tokens: result.tokens,
    });
  });
  return { conversationId, agent: response.agent, source: result.source };
}

/** The chat's use case, bound to its dependencies (app.ts builds it once). */
export function createTutor(deps: TutorDeps) {
  return {
    turn: (studentId: string, input: ChatInput & { conversationId?: string }, events: TurnEvents) =>
      tutorTurn(deps, studentId, input, events),
  };
}

export type Tutor = ReturnType<typeof createTutor>;

const hash = (code: string) => createHash("sha256").update(code.trim()).digest("hex").slice(0, 16);

export function userTurn(input: ChatInput): string {
  const parts = [input.message];
  if (input.code) parts.push(`My code:\n\`\`\`python\n${input.code.slice(0, 8000)}\n\`\`\``);
  const e = input.lastRun?.error;
  if (e) parts.push(`When I ran it: ${e.type}: ${e.message}${e.line ? ` (line ${e.line})` : ""}`);
  else if (input.lastRun) parts.push(`When I ran it the status was ${input.lastRun.status}.`);
  return parts.join("\n\n");
}
