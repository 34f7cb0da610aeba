import type { Agent, ChatInput } from "./types.ts";
import type { Intent } from "./intent.ts";

// What the tutor remembers about one conversation, persisted by triage between turns: the topic,
// the open exercise, the last run and error, what was explained at which depth, and the hint step.
// Pure: each turn's facts go in, the next state comes out.

export type Depth = "simple" | "standard" | "deep";

export interface Topic {
  agent: Agent;
  /** e.g. "concept:for-loops", "error:NameError", "exercise:word-count", "review" */
  key: string;
  /** a few words a student recognises: "for loops", "the NameError on line 3" */
  label: string;
  conceptId?: string;
}

export interface ConversationState {
  version: 1;
  turns: number;
  topic?: Topic;
  /** earlier topics, newest first, so "what did we talk about?" can list them */
  history: { key: string; label: string }[];
  exerciseId?: string;
  lastRun?: { status: string; errorType?: string; message?: string; line?: number | null };
  /** the code of the last turn that had code, hashed: a change since a hint counts as an attempt */
  codeHash?: string;
  explained: Record<string, { depth: Depth; examples: number; hintLevel: number }>;
  /** per exercise: the hint rung given last, and whether the student tried something since */
  hints: Record<string, { level: number; attempted: boolean }>;
  lastCheck?: { exerciseId: string; passed: boolean; verdict: string; failing?: string };
  lastAgent?: Agent;
  lastIntent?: Intent;
  /** a clarifying question is open: the tutors it offered */
  pending?: { options: Agent[]; message: string };
  feelings: number;
}

export function initialState(): ConversationState {
  return { version: 1, turns: 0, history: [], explained: {}, hints: {}, feelings: 0 };
}

/** Reads a stored state defensively: anything unexpected starts over rather than failing a turn. */
export function readState(raw: unknown): ConversationState {
  if (!raw || typeof raw !== "object" || (raw as { version?: unknown }).version !== 1) return initialState();
  const s = raw as Partial<ConversationState>;
  return {
    ...initialState(),
    ...s,
    history: Array.isArray(s.history) ? s.history.slice(0, 10) : [],
    explained: s.explained && typeof s.explained === "object" ? s.explained : {},
    hints: s.hints && typeof s.hints === "object" ? s.hints : {},
  } as ConversationState;
}

/** What this turn brings before any answer: the exercise, the run, and whether the code changed. */
export function observe(state: ConversationState, input: ChatInput, codeHash?: string): ConversationState {
  const next: ConversationState = { ...state, turns: state.turns + 1, hints: { ...state.hints } };
  if (input.exerciseId) next.exerciseId = input.exerciseId;
  if (input.lastRun)
    next.lastRun = {
      status: input.lastRun.status,
      errorType: input.lastRun.error?.type,
      message: input.lastRun.error?.message?.slice(0, 300),
      line: input.lastRun.error?.line ?? null,
    };
  if (codeHash) {
    // new code since the last hint on this exercise is an attempt (rung 3 waits for one)
    const ex = next.exerciseId;
    if (ex && codeHash !== state.codeHash && next.hints[ex]) next.hints[ex] = { ...next.hints[ex], attempted: true };
    next.codeHash = codeHash;
  }
  return next;
}

/** After the answer: the topic it was about, what depth was used, which hint was given. */
export function remember(
  state: ConversationState,
  turn: {
    agent: Agent;
    intent: Intent;
    topic?: Topic;
    depth?: Depth;
    example?: boolean;
    hint?: { exerciseId?: string; level: number };
    check?: ConversationState["lastCheck"];
    pending?: ConversationState["pending"];
  },
): ConversationState {
  const next: ConversationState = {
    ...state,
    lastAgent: turn.agent,
    lastIntent: turn.intent,
    pending: turn.pending,
    explained: { ...state.explained },
    hints: { ...state.hints },
  };
  if (turn.intent === "feeling") next.feelings = state.feelings + 1;
  if (turn.check) next.lastCheck = turn.check;
  if (turn.topic) {
    if (state.topic && state.topic.key !== turn.topic.key)
      next.history = [{ key: state.topic.key, label: state.topic.label }, ...state.history].slice(0, 10);
    next.topic = turn.topic;
    const seen = next.explained[turn.topic.key] ?? { depth: turn.depth ?? "standard", examples: 0, hintLevel: 0 };
    next.explained[turn.topic.key] = {
      depth: turn.depth ?? seen.depth,
      examples: seen.examples + (turn.example ? 1 : 0),
      hintLevel: turn.hint && !turn.hint.exerciseId ? turn.hint.level : seen.hintLevel,
    };
  }
  if (turn.hint?.exerciseId) next.hints[turn.hint.exerciseId] = { level: turn.hint.level, attempted: false };
  return next;
}

const ORDER: Depth[] = ["simple", "standard", "deep"];

/** One step simpler (or the same when already simplest). */
export function simplerThan(depth: Depth | undefined): Depth {
  return ORDER[Math.max(0, ORDER.indexOf(depth ?? "standard") - 1)];
}

/** One step deeper, for "why?". */
export function deeperThan(depth: Depth | undefined): Depth {
  return ORDER[Math.min(2, ORDER.indexOf(depth ?? "standard") + 1)];
}
