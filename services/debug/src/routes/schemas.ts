import { z } from "zod";

export const code = z.string().max(64 * 1024, "must be at most 64 KB of code");
export const error = z
  .object({
    type: z.string().min(1).max(100),
    message: z.string().max(4000),
    line: z.number().int().nullable().optional(),
  })
  .passthrough();
