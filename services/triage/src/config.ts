import { z } from "zod";

// The triage service's own environment variables (the runner adds the platform's, OPENAI_API_KEY among
// them): the model's daily token budget per student, its timeout, and the bounds of the model agent.
export const configSchema = z.object({
  TUTOR_DAILY_TOKEN_BUDGET: z.coerce
    .number({ message: "must be a whole number of tokens" })
    .int()
    .positive()
    .default(20_000),
  OPENAI_TIMEOUT_MS: z.coerce.number({ message: "must be milliseconds" }).int().positive().default(20_000),
  /** the model agent's bounds per turn: model calls (tool rounds + the answer) and tokens per call */
  TUTOR_AGENT_MAX_STEPS: z.coerce.number({ message: "must be a whole number" }).int().min(1).max(8).default(4),
  TUTOR_AGENT_MAX_TOKENS: z.coerce.number({ message: "must be a whole number" }).int().min(50).max(4000).default(500),
});

export type TriageConfig = z.infer<typeof configSchema>;
