import { z } from "zod";
import { AGENTS } from "./model.ts";
import type { Agent } from "./types.ts";

// With a model configured, it may pick the tutor for a new question. Its answer is untrusted text:
// parsed defensively (no JSON, broken JSON, extra text, an unknown agent all keep the offline choice).

const choice = z.object({ agent: z.enum(AGENTS as [Agent, ...Agent[]]) });

export function parseAgentChoice(text: string | null | undefined): Agent | undefined {
  if (!text) return undefined;
  for (const candidate of [text, text.match(/\{[^{}]*\}/)?.[0]]) {
    if (!candidate) continue;
    let json: unknown;
    try {
      json = JSON.parse(candidate);
    } catch {
      continue; // not JSON: try the next candidate
    }
    const parsed = choice.safeParse(json);
    if (parsed.success) return parsed.data.agent;
  }
  return undefined;
}
