import type { TutorModel } from "@emberlearn/platform";
import { parseAgentChoice } from "../domain/agent-choice.ts";
import { AGENTS } from "../domain/model.ts";
import type { Decision } from "../domain/route.ts";
import type { ChatInput } from "../domain/types.ts";

/** The model's pick of a tutor for a new question, or the offline decision when its answer is unusable. */
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
