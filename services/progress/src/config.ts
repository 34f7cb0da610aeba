import { z } from "zod";
import { DEFAULT_THRESHOLDS, type Thresholds } from "./domain/struggle.ts";

// The progress service's own environment variables (the runner adds the platform's): the struggle
// detector's thresholds, each defaulting to DEFAULT_THRESHOLDS (domain/struggle.ts).

const wholeNumber = (byDefault: number) =>
  z.coerce.number({ message: "must be a whole number" }).int().min(1).default(byDefault);
const minutes = (byDefault: number) =>
  z.coerce.number({ message: "must be a number of minutes" }).positive().default(byDefault);

export const configSchema = z.object({
  STRUGGLE_SAME_ERROR: wholeNumber(DEFAULT_THRESHOLDS.sameErrorInARow),
  STRUGGLE_FAILED_RUNS: wholeNumber(DEFAULT_THRESHOLDS.failedRunsInARow),
  STRUGGLE_STUCK_MINUTES: minutes(DEFAULT_THRESHOLDS.stuckMinutes),
  STRUGGLE_QUIZ_BELOW: z.coerce
    .number({ message: "must be a percentage" })
    .min(0)
    .max(100)
    .default(DEFAULT_THRESHOLDS.quizBelow),
  STRUGGLE_IDLE_MINUTES: minutes(DEFAULT_THRESHOLDS.idleMinutes),
  STRUGGLE_STUCK_ATTEMPTS: wholeNumber(DEFAULT_THRESHOLDS.stuckAttempts),
  STRUGGLE_WINDOW_MINUTES: minutes(DEFAULT_THRESHOLDS.windowMinutes),
});

export type ProgressConfig = z.infer<typeof configSchema>;

/** The detector's thresholds from the parsed config. */
export function thresholdsFrom(cfg: ProgressConfig): Thresholds {
  return {
    sameErrorInARow: cfg.STRUGGLE_SAME_ERROR,
    failedRunsInARow: cfg.STRUGGLE_FAILED_RUNS,
    stuckMinutes: cfg.STRUGGLE_STUCK_MINUTES,
    quizBelow: cfg.STRUGGLE_QUIZ_BELOW,
    idleMinutes: cfg.STRUGGLE_IDLE_MINUTES,
    stuckAttempts: cfg.STRUGGLE_STUCK_ATTEMPTS,
    windowMinutes: cfg.STRUGGLE_WINDOW_MINUTES,
  };
}
