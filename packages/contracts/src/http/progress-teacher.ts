import { z } from "zod";
import { defineEndpoint } from "./endpoint.ts";
import { progressReport } from "./progress.ts";

// What a teacher reads from the progress service: struggle alerts (listed, resolved, and live over SSE in
// streams.ts), one student's drill-down and a class's heatmap. Read by the web app's teacher pages.

/** An alert a teacher can act on: what it is about, the code and error, the facts, what to try (docs/mastery.md).
 * Stored with the alert and read back through this schema (progress's repository), never cast. */
export const alertDetailsSchema = z.object({
  subject: z.object({
    kind: z.enum(["exercise", "quiz", "module", "conversation"]),
    id: z.string(),
    title: z.string(),
  }),
  module: z.object({ id: z.string(), title: z.string() }).nullable(),
  /** the latest code among the evidence, and where it came from */
  code: z.string().nullable(),
  codeFrom: z.enum(["submission", "run"]).nullable(),
  /** the evidence item (event id) the code and error belong to: the drill-down anchors it */
  evidenceId: z.string().nullable(),
  submissionId: z.string().nullable(),
  error: z.object({ type: z.string(), message: z.string().nullable(), line: z.number().nullable() }).nullable(),
  failingChecks: z.array(z.object({ name: z.string(), message: z.string() })),
  /** the student's own words (said-stuck) */
  message: z.string().nullable(),
  facts: z.array(z.string()),
  advice: z.array(z.string()),
});
export type AlertDetails = z.infer<typeof alertDetailsSchema>;

export const alertEvidence = z.object({
  id: z.string(),
  type: z.string(),
  time: z.string(),
  data: z.record(z.string(), z.unknown()),
});

export const alert = z.object({
  id: z.string(),
  studentId: z.string(),
  trigger: z.string(),
  moduleId: z.string().nullable(),
  summary: z.string(),
  evidence: z.array(alertEvidence),
  status: z.enum(["open", "resolved"]),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  details: alertDetailsSchema.nullable(),
  /** why it was closed, when the student's own progress closed it */
  resolution: z.string().nullable(),
});
export type Alert = z.infer<typeof alert>;

export const activity = z
  .object({ id: z.string(), kind: z.string(), time: z.string(), moduleId: z.string().optional() })
  .passthrough();

export const alertList = defineEndpoint({
  method: "GET",
  path: "/api/progress/alerts",
  query: z.object({ status: z.enum(["open", "resolved"]).optional() }),
  response: z.object({ alerts: z.array(alert) }),
});

export const alertResolve = defineEndpoint({
  method: "POST",
  path: "/api/progress/alerts/:alertId/resolve",
  params: z.object({ alertId: z.string().uuid() }),
  response: alert,
});

const failedRun = z.object({
  id: z.string(),
  time: z.string(),
  moduleId: z.string().nullable(),
  exerciseId: z.string().nullable(),
  status: z.string(),
  errorType: z.string().nullable(),
  error: z.object({ type: z.string(), message: z.string(), line: z.number().nullable() }).nullable(),
  /** null when the sandbox did not send the program with its event */
  code: z.string().nullable(),
});

export const progressStudent = defineEndpoint({
  method: "GET",
  path: "/api/progress/students/:studentId",
  params: z.object({ studentId: z.string().min(1).max(100) }),
  query: z.object({ module: z.string().max(40).optional() }),
  response: z.object({
    student: z.object({
      id: z.string(),
      name: z.string(),
      email: z.string(),
      classes: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
    report: progressReport,
    timeline: z.array(z.object({ day: z.string(), overall: z.number(), modules: z.record(z.string(), z.number()) })),
    runs: z.array(failedRun),
    recent: z.array(activity),
    alerts: z.array(alert),
  }),
});

export const classParams = z.object({ classId: z.string().min(1).max(80) });

const heatmapCell = z.object({
  moduleId: z.string(),
  mastery: z.number(),
  colour: z.string(),
  level: z.string(),
  /** false: no activity at all in this module yet (not the same as a low score) */
  started: z.boolean(),
  activities: z.number(),
});

export const classOverview = defineEndpoint({
  method: "GET",
  path: "/api/progress/classes/:classId/overview",
  params: classParams,
  response: z.object({
    classId: z.string(),
    name: z.string(),
    modules: z.array(z.object({ id: z.string(), title: z.string() })),
    students: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        email: z.string(),
        overall: z.number(),
        level: z.string(),
        modules: z.array(heatmapCell),
        openAlerts: z.number(),
      }),
    ),
  }),
});
