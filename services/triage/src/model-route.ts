import { z } from "zod";
import type { TutorModel } from "@emberlearn/platform";
import type { Decision } from "./domain/route.ts";
import type { Agent, ChatInput } from "./domain/types.ts";
import { AGENTS } from "./domain/model.ts";

// With a model configured, it may pick the tutor for a new question. Its answer is untrusted text:
// parsed defensively (no JSON, broken JSON, extra text, an unknown agent all keep the offline choice).

const choice = z.object({ agent: z.enum(AGENTS as [Agent, ...Agent[]]) });

export function parseAgentChoice(text: string | null | undefined): Agent | undefined {
  if (!text) return undefined;
  for (const candidate of [text, text.match(/\{[^{}]*\}/)?.[0]]) {
    if (!candidate) continue;
    try {
      const parsed = choice.safeParse(JSON.parse(candidate));
      if (parsed.success) return parsed.data.agent;
    } catch {
      // not JSON: try the next candidate
    }
  }
  return undefined;
}

export async function modelRoute(
  model: TutorModel,
  studentId: string,
  input: ChatInput,
  offline: Decision,
): Promise<Pick<Decision, "agent" | "confidence" | "reasons">> {
  const text = await model.complete({
    studentId,
    json: true,
    maxTokens: 60,
    system:
      `Classify a Python student's message for a tutoring system. Answer JSON {"agent": one of ` +
      `${AGENTS.join(", ")}}. concepts = explain an idea; code-review = feedback on working code; debug = an ` +
      "error or wrong result; exercise = wants practice; progress = asks about their progress or what to do " +
      "next.",
    prompt: input.message.slice(0, 2000),
  });
  const agent = parseAgentChoice(text);
  return agent
    ? { agent, confidence: 0.9, reasons: ["chosen by the model"] }
    : { agent: offline.agent, confidence: offline.confidence, reasons: offline.reasons };
}
