import OpenAI from "openai";
import type { Logger } from "pino";
import { budgetDay, type BudgetStore } from "./budget.ts";
import { runAgent, type AgentInput } from "./agent.ts";

// The LLM layer: the official OpenAI SDK against OpenAI or any compatible
// server. Every call streams; any failure (timeout, 5xx, bad key, budget)
// falls back to the offline answer, so a student never sees a 500.

export interface ChatMessage {
  role: "user" | "assistant";
  content: string;
}

export interface ModelOptions {
  apiKey?: string;
  baseURL?: string;
  model: string;
  timeoutMs?: number;
  maxRetries?: number;
  dailyTokenBudget?: number;
  budget: BudgetStore;
  logger: Logger;
  now?: () => Date;
}

export interface TutorAnswer {
  source: "model" | "offline";
  tokens: number;
  /** why the model was not used, when it was not */
  fallbackReason?: string;
}

export interface TutorModel {
  readonly enabled: boolean;
  /**
   * Streams an answer chunk by chunk through `onChunk`. Uses the model when one is
   * configured and the student has budget left; otherwise, or on any model
   * failure before the first chunk, streams the offline answer instead.
   */
  answer(input: {
    studentId: string;
    system: string;
    messages: ChatMessage[];
    offline: () => Promise<string>;
    onChunk: (text: string) => void;
    maxTokens?: number;
  }): Promise<TutorAnswer>;
  /**
   * The model as an agent with tools, bounded in steps and tokens; its answer streams only through
   * `guard`. Falls back to the offline answer like `answer` does (also when the guard refuses).
   */
  agent(input: AgentInput): Promise<TutorAnswer & { toolCalls?: string[] }>;
  /** a single non-streamed completion, for classification and generation; null on any failure */
  complete(input: {
    studentId: string;
    system: string;
    prompt: string;
    maxTokens?: number;
    json?: boolean;
  }): Promise<string | null>;
}

const estimateTokens = (text: string) => Math.ceil(text.length / 4);

export function createTutorModel(options: ModelOptions): TutorModel {
  const client = options.apiKey
    ? new OpenAI({
        apiKey: options.apiKey,
        baseURL: options.baseURL,
        timeout: options.timeoutMs ?? 20_000,
        maxRetries: options.maxRetries ?? 2,
      })
    : undefined;
  const limit = options.dailyTokenBudget ?? 20_000;
  const now = options.now ?? (() => new Date());
  const { logger, budget } = options;

  async function budgetLeft(studentId: string) {
    return limit - (await budget.used(studentId, budgetDay(now())));
  }

  async function offlineAnswer(
    offline: () => Promise<string>,
    onChunk: (t: string) => void,
    reason: string,
  ): Promise<TutorAnswer> {
    const text = await offline();
    // stream offline answers too, sentence by sentence, so the UI behaves the same
    for (const piece of text.match(/[^.!?\n]+[.!?\n]*\s*/g) ?? [text]) onChunk(piece);
    return { source: "offline", tokens: 0, fallbackReason: reason };
  }

  return {
    enabled: Boolean(client),

    async answer({ studentId, system, messages, offline, onChunk, maxTokens = 600 }) {
      if (!client) return offlineAnswer(offline, onChunk, "no model configured");
      if ((await budgetLeft(studentId)) <= 0) {
        logger.info({ studentId }, "daily token budget exhausted; answering offline");
        return offlineAnswer(offline, onChunk, "daily token budget exhausted");
      }
      let streamed = "";
      try {
        const stream = await client.chat.completions.create({
          model: options.model,
          stream: true,
          stream_options: { include_usage: true },
          max_tokens: maxTokens,
          messages: [{ role: "system", content: system }, ...messages],
        });
        let usage = 0;
        for await (const chunk of stream) {
          const delta = chunk.choices[0]?.delta?.content;
          if (delta) {
            streamed += delta;
            onChunk(delta);
          }
          if (chunk.usage) usage = chunk.usage.total_tokens;
        }
        const tokens = usage || estimateTokens(system + messages.map((m) => m.content).join("") + streamed);
        await budget.add(studentId, budgetDay(now()), tokens);
        if (!streamed.trim()) throw new Error("the model returned an empty answer");
        return { source: "model", tokens };
      } catch (err) {
        logger.warn({ err: (err as Error).message }, "model call failed; falling back to the offline tutor");
        if (streamed) {
          onChunk("\n\n(The AI tutor was interrupted. Here is EmberLearn's own explanation.)\n\n");
        }
        return offlineAnswer(offline, onChunk, `model failed: ${(err as Error).message}`);
      }
    },

    async agent(input) {
      const { studentId, offline, onChunk } = input;
      if (!client) return offlineAnswer(offline, onChunk, "no model configured");
      if ((await budgetLeft(studentId)) <= 0) return offlineAnswer(offline, onChunk, "daily token budget exhausted");
      let streamed = false;
      const watched = {
        ...input,
        onChunk: (t: string) => {
          streamed = true;
          onChunk(t);
        },
      };
      try {
        const r = await runAgent(client, options.model, watched, (t) => budget.add(studentId, budgetDay(now()), t));
        if (!r.failed) return { source: "model", tokens: r.tokens, toolCalls: r.toolCalls };
        logger.warn(
          { reason: r.failed, toolCalls: r.toolCalls },
          "model agent gave no usable answer; answering offline",
        );
        if (streamed) onChunk("\n\n(Here is EmberLearn's own explanation instead.)\n\n");
        return { ...(await offlineAnswer(offline, onChunk, r.failed)), toolCalls: r.toolCalls };
      } catch (err) {
        logger.warn({ err: (err as Error).message }, "model agent failed; falling back to the offline tutor");
        if (streamed) onChunk("\n\n(The AI tutor was interrupted. Here is EmberLearn's own explanation.)\n\n");
        return offlineAnswer(offline, onChunk, `model failed: ${(err as Error).message}`);
      }
    },

    async complete({ studentId, system, prompt, maxTokens = 400, json }) {
      if (!client || (await budgetLeft(studentId)) <= 0) return null;
      try {
        const res = await client.chat.completions.create({
          model: options.model,
          max_tokens: maxTokens,
          messages: [
            { role: "system", content: system },
            { role: "user", content: prompt },
          ],
          ...(json ? { response_format: { type: "json_object" as const } } : {}),
        });
        await budget.add(studentId, budgetDay(now()), res.usage?.total_tokens ?? estimateTokens(system + prompt));
        return res.choices[0]?.message?.content ?? null;
      } catch (err) {
        logger.warn({ err: (err as Error).message }, "model completion failed");
        return null;
      }
    },
  };
}
