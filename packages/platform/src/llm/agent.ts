import type OpenAI from "openai";
import type { ChatMessage, TutorAnswer } from "./model.ts";
import { guardedStream, type Guard } from "./guarded-stream.ts";

// The tutor as an agent: the model may call our own services as tools (run code, run the
// exercise's tests, look up a concept, review code, next hint) for a bounded number of steps and
// tokens, then answers. The answer streams to the student only through the guard.

export interface AgentTool {
  name: string;
  description: string;
  /** JSON schema of the arguments */
  parameters: Record<string, unknown>;
  run(args: Record<string, unknown>): Promise<string>;
}

export interface AgentInput {
  studentId: string;
  system: string;
  messages: ChatMessage[];
  tools: AgentTool[];
  offline: () => Promise<string>;
  onChunk: (text: string) => void;
  guard: Guard;
  /** model calls at most (tool rounds + the answer) */
  maxSteps?: number;
  /** tokens per call, and (×maxSteps) for the whole turn */
  maxTokens?: number;
}

export interface AgentResult extends TutorAnswer {
  steps: number;
  toolCalls: string[];
}

type Msg = OpenAI.Chat.Completions.ChatCompletionMessageParam;
type Call = { id: string; name: string; arguments: string };

export async function runAgent(
  client: OpenAI,
  model: string,
  input: AgentInput,
  spend: (tokens: number) => Promise<void>,
): Promise<AgentResult & { failed?: string }> {
  const maxSteps = input.maxSteps ?? 4;
  const maxTokens = input.maxTokens ?? 600;
  const messages: Msg[] = [{ role: "system", content: input.system }, ...input.messages];
  const tools = input.tools.map((t) => ({
    type: "function" as const,
    function: { name: t.name, description: t.description, parameters: t.parameters },
  }));
  const toolCalls: string[] = [];
  let used = 0;
  for (let step = 1; step <= maxSteps; step++) {
    const last = step === maxSteps || used >= maxTokens * (maxSteps - 1);
    const out = guardedStream(input.guard, input.onChunk);
    const stream = await client.chat.completions.create({
      model,
      stream: true,
      stream_options: { include_usage: true },
      max_tokens: maxTokens,
      messages,
      // on the last step no more tools: the model must answer
      ...(last || !tools.length ? {} : { tools, tool_choice: "auto" as const }),
    });
    const calls: Call[] = [];
    let text = "";
    let tokens = 0;
    for await (const chunk of stream) {
      const delta = chunk.choices[0]?.delta;
      for (const tc of delta?.tool_calls ?? []) {
        calls[tc.index] ??= { id: tc.id ?? `call_${tc.index}`, name: "", arguments: "" };
        const c = calls[tc.index];
        if (tc.function?.name) c.name += tc.function.name;
        if (tc.function?.arguments) c.arguments += tc.function.arguments;
      }
      if (delta?.content && !calls.length) {
        text += delta.content;
        await out.push(delta.content);
      }
      if (chunk.usage) tokens = chunk.usage.total_tokens;
    }
    used += tokens || Math.ceil((JSON.stringify(messages).length + text.length) / 4);
    await spend(tokens || Math.ceil(text.length / 4) + 50);
    if (calls.length && !last) {
      messages.push({
        role: "assistant",
        content: null,
        tool_calls: calls.map((c) => ({
          id: c.id,
          type: "function",
          function: { name: c.name, arguments: c.arguments },
        })),
      });
      for (const c of calls) {
        toolCalls.push(c.name);
        messages.push({ role: "tool", tool_call_id: c.id, content: await runTool(input.tools, c) });
      }
      continue;
    }
    const ok = await out.end();
    if (!ok) return { source: "offline", tokens: used, steps: step, toolCalls, failed: "the guard refused the answer" };
    if (!out.released.trim())
      return { source: "offline", tokens: used, steps: step, toolCalls, failed: "empty answer" };
    return { source: "model", tokens: used, steps: step, toolCalls };
  }
  return { source: "offline", tokens: used, steps: maxSteps, toolCalls, failed: "no answer within the step limit" };
}

async function runTool(tools: AgentTool[], call: Call): Promise<string> {
  const tool = tools.find((t) => t.name === call.name);
  if (!tool) return `There is no tool called ${call.name}.`;
  let args: Record<string, unknown> = {};
  try {
    const parsed = call.arguments ? JSON.parse(call.arguments) : {};
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) args = parsed;
  } catch {
    return "The arguments were not valid JSON.";
  }
  try {
    return (await tool.run(args)).slice(0, 4000);
  } catch (err) {
    return `The tool failed: ${(err as Error).message}`.slice(0, 300);
  }
}
