import * as compose from "../domain/compose.ts";
import type { Decision } from "../domain/route.ts";
import { deeperThan, simplerThan, type ConversationState, type Depth, type Topic } from "../domain/state.ts";
import type { Agent, ChatInput, LastRun } from "../domain/types.ts";
import type { Specialists, SpecialistReply } from "../repository/specialists.ts";

// What one decided turn answers, offline: either triage's own words (greetings, feelings, "what did
// we talk about?", a clarifying question, an exercise check) or a specialist's answer, asked with
// the conversation's state (the topic's concept, the depth to use, the hint rung to give).

export interface Response {
  agent: Agent;
  offline: string;
  context: string;
  topic?: Topic;
  depth?: Depth;
  example?: boolean;
  hint?: { exerciseId?: string; level: number };
  check?: ConversationState["lastCheck"];
}

const DEFAULT_LABEL: Record<Agent, string> = {
  concepts: "your question",
  "code-review": "a review of your code",
  debug: "the problem in your code",
  exercise: "practice",
  progress: "your progress",
};

export async function respond(
  sp: Specialists,
  decision: Decision,
  input: ChatInput,
  state: ConversationState,
): Promise<Response> {
  const { agent } = decision;
  // a concept has no hint ladder: "what do I do now?" after an explanation gets another example to try
  const action = decision.action === "next-hint" && agent === "concepts" ? "example" : decision.action;
  const exerciseId = input.exerciseId ?? state.exerciseId;
  const code = input.code?.trim() ? input.code : undefined;
  const plain = (offline: string, a: Agent = agent): Response => ({ agent: a, offline, context: offline });
  switch (action) {
    case "greeting":
      return plain(compose.greeting(state));
    case "thanks":
      return plain(compose.thanks(state));
    case "recall":
      return { ...plain(compose.recall(state)), topic: state.topic };
    case "clarify":
      return plain(compose.clarify());
    case "feeling":
      return plain(compose.feeling(state, compose.smallStepFor(state, Boolean(code))));
    case "check":
      if (exerciseId && code) return checkExercise(sp, decision, input, state, exerciseId, code);
      break;
    case "next-hint":
      if (exerciseId && agent === "exercise") return (await exerciseHint(sp, input, state, exerciseId)).response;
  }
  const seen = state.topic ? state.explained[state.topic.key] : undefined;
  const follow = ["simpler", "why", "example", "next-hint"].includes(action) && state.topic?.agent === agent;
  let lastRun: LastRun | undefined = input.lastRun;
  // a review of code nobody ran could praise a program that crashes: run it first
  if (agent === "code-review" && code && !lastRun) lastRun = await sp.run(code);
  const depth =
    action === "simpler" ? simplerThan(seen?.depth) : action === "why" ? deeperThan(seen?.depth) : undefined;
  const reply = await sp.ask(agent, {
    message: input.message,
    code,
    lastRun,
    exerciseId,
    action: follow || !state.topic ? action : "answer",
    ...(follow && state.topic?.conceptId ? { conceptId: state.topic.conceptId } : {}),
    ...(depth && follow ? { depth } : {}),
    ...(follow
      ? { examplesShown: seen?.examples ?? 0, previousDepth: seen?.depth, hintLevel: (seen?.hintLevel ?? 0) + 1 }
      : { hintLevel: 1 }),
  });
  return fromReply(agent, reply, action);
}

function fromReply(agent: Agent, reply: SpecialistReply, action: string): Response {
  return {
    agent,
    offline: reply.offline,
    context: reply.context,
    topic: reply.topic ? { ...reply.topic, agent } : { agent, key: agent, label: DEFAULT_LABEL[agent] },
    depth: reply.depth,
    example: action === "example",
    hint: reply.hintLevel ? { level: reply.hintLevel } : undefined,
  };
}

/** The exercise tutor's next rung for this conversation (the third only once the student has tried). */
export function askNextHint(sp: Specialists, input: ChatInput, state: ConversationState, exerciseId: string) {
  const given = state.hints[exerciseId];
  return sp.ask("exercise", {
    message: input.message,
    exerciseId,
    hintLevel: Math.min((given?.level ?? 0) + 1, 3),
    attempted: given?.attempted ?? false,
  });
}

async function exerciseHint(sp: Specialists, input: ChatInput, state: ConversationState, exerciseId: string) {
  const reply = await askNextHint(sp, input, state, exerciseId);
  const response: Response = {
    ...fromReply("exercise", reply, "next-hint"),
    hint: reply.hint ? { exerciseId, level: reply.hint.level } : undefined,
  };
  return { response, hint: reply.hint ?? undefined };
}

async function checkExercise(
  sp: Specialists,
  decision: Decision,
  input: ChatInput,
  state: ConversationState,
  exerciseId: string,
  code: string,
): Promise<Response> {
  const check = await sp.check(exerciseId, code);
  if (!check) return { agent: decision.agent, offline: compose.checkUnavailable(), context: "" };
  const remembered = {
    exerciseId,
    passed: check.passed,
    verdict: check.verdict,
    // what the check expects, in the author's words (short): the small step a student can work on
    failing: check.firstFailing ? check.firstFailing.explanation.slice(0, 200) : undefined,
  };
  if (check.passed) {
    if (decision.intent !== "review")
      return {
        agent: "code-review",
        offline: compose.checkPassed(check),
        context: compose.checkPassed(check),
        check: remembered,
      };
    const review = await sp.ask("code-review", {
      message: input.message,
      code,
      lastRun: { status: "ok" },
      check: { passed: true },
    });
    return { ...fromReply("code-review", review, "answer"), check: remembered };
  }
  if (check.verdict !== "failing") {
    // it does not run (or runs too long): the debugging tutor explains that first
    const status = check.verdict === "does-not-run" ? "error" : check.verdict;
    const reply = await sp.ask("debug", { message: input.message, code, lastRun: { status, error: check.error } });
    const intro = `I tried to run the checks for **${check.title}**, but your code has to run first.`;
    return { ...fromReply("debug", reply, "answer"), offline: `${intro}\n\n${reply.offline}`, check: remembered };
  }
  const next = await exerciseHint(sp, input, state, exerciseId);
  const text = compose.checkFailing(check, next.hint);
  return {
    agent: decision.intent === "stuck" ? "exercise" : "debug",
    offline: text,
    context:
      `Exercise check: ${check.summary} First failing check "${check.firstFailing?.name}": ` +
      `${check.firstFailing?.explanation}`,
    topic: { agent: "exercise", key: `exercise:${exerciseId}`, label: `the exercise "${check.title}"` },
    hint: next.response.hint,
    check: remembered,
  };
}
