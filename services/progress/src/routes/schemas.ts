import { z } from "zod";

// the report is read by other services and the web app: its contract lives in packages/contracts
export { momentum, progressReport as report } from "@emberlearn/contracts/http";

export const alert = z.object({
  id: z.string(),
  studentId: z.string(),
  trigger: z.string(),
  moduleId: z.string().nullable(),
  summary: z.string(),
  evidence: z.array(
    z.object({ id: z.string(), type: z.string(), time: z.string(), data: z.record(z.string(), z.unknown()) }),
  ),
  status: z.enum(["open", "resolved"]),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  /** what it is about, the code and error, facts and advice (docs/mastery.md) */
  details: z.record(z.string(), z.unknown()).nullable(),
  /** why it was closed, when the student's own progress closed it */
  resolution: z.string().nullable(),
});

export const activity = z
  .object({ id: z.string(), kind: z.string(), time: z.string(), moduleId: z.string().optional() })
  .passthrough();
