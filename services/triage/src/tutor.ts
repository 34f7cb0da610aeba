import { randomUUID } from "node:crypto";
import { z } from "zod";
import {
  createEvent,
  enqueueEvents,
  systemPromptFor,
  type Db,
  type Logger,
  type MessagingTables,
  type OutboxRelay,
  type ServiceClient,
  type TutorModel,
} from "@emberlearn/platform";
import type { Agent, ChatInput, Classifier } from "./domain/types.ts";
import { refusalPreamble } from "./domain/refusal.ts";
import { insertMessage, listConversation } from "./repository/conversation-repository.ts";

// One tutor turn: classify, ask the specialist for its offline answer and
// context, then stream the model's answer (or the offline one), and record the
// conversation and its learning events.

const specialistReply = z.object({ agent: z.string(), offline: z.string(), context: z.string() }).passthrough();

export interface TutorDeps {
  db: Db;
  tables: MessagingTables;
  relay: OutboxRelay;
  model: TutorModel;
  classifier: Classifier;
  specialist(agent: Agent): ServiceClient;
  logger: Logger;
}

export interface TurnEvents {
  onRouted(info: { conversationId: string; agent: Agent; confidence: number; reasons: string[] }): void;
  onChunk(text: string): void;
}

export async function tutorTurn(
  deps: TutorDeps,
  studentId: string,
  input: ChatInput & { conversationId?: string },
  events: TurnEvents,
) {
  const conversationId = input.conversationId ?? randomUUID();
  const saysStuck = deps.classifier.detectStuck(input.message);
  const wantsSolution = deps.classifier.isSolutionRequest(input.message);
  const offlineRoute = deps.classifier.classify(input);
  const route = deps.model.enabled ? await modelRoute(deps, studentId, input, offlineRoute) : offlineRoute;
  events.onRouted({ conversationId, ...route });

  const history = (await listConversation(deps.db, studentId, conversationId, 12)).map((m) => ({
    role: m.role,
    content: m.content,
  }));
  const specialist = await deps
    .specialist(route.agent)
    .call({
      method: "POST",
      path: `/api/${route.agent}/tutor`,
      body: { message: input.message, code: input.code, lastRun: input.lastRun, exerciseId: input.exerciseId },
      schema: specialistReply,
      timeoutMs: 15_000,
    })
    .catch((err) => {
      deps.logger.warn({ err: (err as Error).message, agent: route.agent }, "specialist unavailable");
      return {
        agent: route.agent,
        offline:
          "I could not reach that tutor just now. Try again in a moment, or tell me more about what you are working on.",
        context: "",
      };
    });
  const preamble = wantsSolution ? refusalPreamble() : "";
  if (preamble) events.onChunk(preamble);

  let answerText = preamble;
  const result = await deps.model.answer({
    studentId,
    system: systemPromptFor(route.agent, specialist.context),
    messages: [...history, { role: "user", content: userTurn(input) }],
    offline: async () => specialist.offline,
    onChunk: (t) => {
      answerText += t;
      events.onChunk(t);
    },
  });

  await deps.db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await insertMessage(t, { id: randomUUID(), conversationId, studentId, role: "user", content: input.message });
    await insertMessage(t, {
      id: randomUUID(),
      conversationId,
      studentId,
      role: "assistant",
      content: answerText,
      agent: route.agent,
      confidence: route.confidence,
      source: result.source,
    });
    await enqueueEvents(t, deps.tables, [
      createEvent(
        "tutor.question.asked",
        {
          studentId,
          conversationId,
          message: input.message.slice(0, 4000),
          exerciseId: input.exerciseId,
          moduleId: input.moduleId,
          saysStuck,
        },
        "triage",
      ),
      createEvent(
        "tutor.question.routed",
        { studentId, conversationId, agent: route.agent, confidence: route.confidence },
        "triage",
      ),
      createEvent(
        "tutor.answer.given",
        { studentId, conversationId, agent: route.agent, source: result.source, tokens: result.tokens },
        "triage",
      ),
    ]);
  });
  deps.relay.poke();
  return { conversationId, agent: route.agent, source: result.source };
}

function userTurn(input: ChatInput): string {
  const parts = [input.message];
  if (input.code) parts.push(`My code:\n\`\`\`python\n${input.code.slice(0, 8000)}\n\`\`\``);
  if (input.lastRun?.error)
    parts.push(
      `When I ran it: ${input.lastRun.error.type}: ${input.lastRun.error.message}${input.lastRun.error.line ? ` (line ${input.lastRun.error.line})` : ""}`,
    );
  else if (input.lastRun) parts.push(`When I ran it the status was ${input.lastRun.status}.`);
  return parts.join("\n\n");
}

/** With a model configured, the model may pick the agent; the offline classifier stays the fallback. */
async function modelRoute(
  deps: TutorDeps,
  studentId: string,
  input: ChatInput,
  offline: ReturnType<Classifier["classify"]>,
) {
  const agents: Agent[] = ["concepts", "code-review", "debug", "exercise", "progress"];
  const text = await deps.model.complete({
    studentId,
    json: true,
    maxTokens: 60,
    system: `Classify a Python student's message for a tutoring system. Answer JSON {"agent": one of ${agents.join(", ")}}. concepts = explain an idea; code-review = feedback on working code; debug = an error or wrong result; exercise = wants practice; progress = asks about their progress or what to do next.`,
    prompt: userTurn(input),
  });
  const agent = text ? (JSON.parse(text.match(/\{[\s\S]*\}/)?.[0] ?? "{}") as { agent?: Agent }).agent : undefined;
  return agent && agents.includes(agent) ? { agent, confidence: 0.9, reasons: ["chosen by the model"] } : offline;
}
