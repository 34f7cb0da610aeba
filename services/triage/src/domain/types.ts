import type { TUTOR_AGENTS } from "@emberlearn/contracts";

export type Agent = (typeof TUTOR_AGENTS)[number];

// a type, not an interface: the specialists' contracts let a run carry more fields (an index signature)
export type LastRun = {
  status: string;
  error?: { type: string; message: string; line?: number | null; analysis?: unknown } | null;
  stdout?: string;
};

export interface ChatInput {
  message: string;
  code?: string;
  lastRun?: LastRun;
  exerciseId?: string;
  moduleId?: string;
}

export interface Route {
  agent: Agent;
  confidence: number;
  reasons: string[];
}

/** The offline classifier's three questions about a message. */
export interface Classifier {
  classify(input: ChatInput): Route;
  detectStuck(message: string): boolean;
  isSolutionRequest(message: string): boolean;
}
