import { z } from "zod";

// The exercise service's own environment variables; the runner adds the platform's (DATABASE_URL, OPENAI_*,
// the service addresses, …) and hands create() the parsed result.
export const configSchema = z.object({
  EXERCISE_CHECKS_PER_MINUTE: z.coerce.number({ message: "must be a whole number" }).int().positive().default(20),
  /** minutes between submitting a quiz attempt and starting the next one (docs/mastery.md) */
  QUIZ_COOLDOWN_MINUTES: z.coerce.number({ message: "must be a number of minutes" }).min(0).max(10_080).default(10),
});

export type ExerciseConfig = z.infer<typeof configSchema>;
