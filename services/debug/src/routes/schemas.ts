import { z } from "zod";
import { codeField as code } from "@emberlearn/contracts/sandbox";

/** the 64 KB limit on a program, one definition for every route (packages/contracts) */
export { code };
export const error = z
  .object({
    type: z.string().min(1).max(100),
    message: z.string().max(4000),
    line: z.number().int().nullable().optional(),
  })
  .passthrough();
