import { z } from "zod";
import { defineEndpoint } from "./endpoint.ts";

// Classes belong to the auth service. Exercise (which exercises a student sees), progress (a teacher's
// roster) and triage (whose conversations a teacher may read) ask it with the caller's own token.

export const classStudent = z.object({ id: z.string(), name: z.string(), email: z.string() });
export const classInfo = z.object({
  id: z.string(),
  name: z.string(),
  /** the exercise service shows a teacher's exercises to the students of that teacher's classes */
  teacherId: z.string(),
  joinCode: z.string().optional(),
  students: z.array(classStudent),
});
export type ClassInfo = z.infer<typeof classInfo>;

/** a teacher's classes with their students; a student's joined classes (without classmates) */
export const authClasses = defineEndpoint({
  method: "GET",
  path: "/api/auth/classes",
  response: z.object({ classes: z.array(classInfo) }),
});

export const authCreateClass = defineEndpoint({
  method: "POST",
  path: "/api/auth/classes",
  status: 201,
  body: z.object({ name: z.string().trim().min(2, "must be at least 2 characters").max(80) }),
  response: classInfo,
});

export const authJoinClass = defineEndpoint({
  method: "POST",
  path: "/api/auth/classes/join",
  body: z.object({ code: z.string().min(4).max(20) }),
  response: z.object({ class: z.object({ id: z.string(), name: z.string() }) }),
});
