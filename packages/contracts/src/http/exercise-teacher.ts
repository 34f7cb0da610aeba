import { z } from "zod";
import { defineEndpoint } from "./endpoint.ts";

// Assignments (set by a teacher, listed for both roles) and the evidence behind a student's numbers, for their
// teacher: read by the web app's dashboard and teacher pages (docs/api.md "Teachers: assignments, evidence").

export const assignmentState = z.enum(["not-started", "in-progress", "passed", "late"]);

export const assignment = z.object({
  id: z.string(),
  classId: z.string(),
  exerciseId: z.string(),
  assignedBy: z.string(),
  dueAt: z.string().nullable(),
  createdAt: z.string(),
});

export const assignmentCreate = defineEndpoint({
  method: "POST",
  path: "/api/exercise/assignments",
  body: z.object({
    classId: z.string().min(1),
    exerciseId: z.string().min(1),
    dueAt: z
      .string()
      .datetime({ offset: true, message: "must be a date and time such as 2026-12-01T17:00:00Z" })
      .optional(),
  }),
  response: assignment,
  status: 201,
});

/** for a student, each carries their status and a reminder; for a teacher, none */
export const assignmentList = defineEndpoint({
  method: "GET",
  path: "/api/exercise/assignments",
  response: z.object({
    assignments: z.array(
      assignment.extend({
        title: z.string(),
        module: z.string(),
        className: z.string(),
        status: assignmentState.optional(),
        detail: z.string().optional(),
        bestScore: z.number().nullable().optional(),
        reminder: z.enum(["due-soon", "overdue"]).nullable().optional(),
      }),
    ),
  }),
});

export const assignmentParams = z.object({ assignmentId: z.string().uuid("must be an assignment id (a UUID)") });

export const assignmentStatusGet = defineEndpoint({
  method: "GET",
  path: "/api/exercise/assignments/:assignmentId/status",
  params: assignmentParams,
  response: z.object({
    id: z.string(),
    classId: z.string(),
    className: z.string(),
    exerciseId: z.string(),
    title: z.string(),
    module: z.string(),
    dueAt: z.string().nullable(),
    counts: z.record(assignmentState, z.number()),
    students: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        email: z.string(),
        status: assignmentState,
        attempts: z.number(),
        bestScore: z.number().nullable(),
        passedAt: z.string().nullable(),
        lastSubmittedAt: z.string().nullable(),
        detail: z.string(),
      }),
    ),
  }),
});

export const studentParams = z.object({ studentId: z.string().min(1).max(100) });
const evidenceTest = z.object({
  name: z.string(),
  passed: z.boolean(),
  message: z.string(),
  call: z.string().optional(),
  expected: z.string().optional(),
  actual: z.string().optional(),
});
const evidenceAnswer = z.union([z.string(), z.number()]).nullable();

export const studentSubmissions = defineEndpoint({
  method: "GET",
  path: "/api/exercise/students/:studentId/submissions",
  params: studentParams,
  query: z.object({ module: z.string().max(40).optional(), exerciseId: z.string().max(80).optional() }),
  response: z.object({
    submissions: z.array(
      z.object({
        id: z.string(),
        exerciseId: z.string(),
        exerciseTitle: z.string(),
        module: z.string(),
        variant: z.string(),
        code: z.string(),
        score: z.number(),
        passed: z.boolean(),
        status: z.string(),
        summary: z.string(),
        tests: z.array(evidenceTest),
        createdAt: z.string(),
      }),
    ),
  }),
});

export const studentQuizAttempts = defineEndpoint({
  method: "GET",
  path: "/api/exercise/students/:studentId/quiz-attempts",
  params: studentParams,
  response: z.object({
    attempts: z.array(
      z.object({
        id: z.string(),
        quizId: z.string(),
        quizTitle: z.string(),
        module: z.string(),
        score: z.number().nullable(),
        correct: z.number().nullable(),
        total: z.number(),
        submittedAt: z.string().nullable(),
        questions: z.array(
          z.object({
            id: z.string(),
            kind: z.string(),
            prompt: z.string(),
            options: z.array(z.string()).optional(),
            code: z.string().optional(),
            answered: z.boolean(),
            correct: z.boolean(),
            given: evidenceAnswer,
            expected: evidenceAnswer,
            explanation: z.string(),
          }),
        ),
      }),
    ),
  }),
});
