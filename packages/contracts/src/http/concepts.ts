import { z } from "zod";
import { defineEndpoint } from "./endpoint.ts";

// The concepts tutor, as triage calls it: a question, or a follow-up on the conversation's concept.

export const depth = z.enum(["simple", "standard", "deep"]);
/** a follow-up the specialists understand (concepts and debug) */
export const tutorAction = z.enum(["answer", "simpler", "why", "example", "next-hint", "check"]);

export const conceptsTutor = defineEndpoint({
  method: "POST",
  path: "/api/concepts/tutor",
  body: z
    .object({
      message: z.string().min(1).max(4000),
      code: z
        .string()
        .max(64 * 1024)
        .optional(),
      exerciseId: z.string().optional(),
      /** a follow-up on the conversation's concept (sent by triage from its state) */
      action: tutorAction.optional(),
      conceptId: z.string().max(80).optional(),
      depth: depth.optional(),
      previousDepth: depth.optional(),
      examplesShown: z.number().int().min(0).max(100).optional(),
    })
    .passthrough(),
  response: z.object({
    agent: z.literal("concepts"),
    offline: z.string(),
    context: z.string(),
    conceptIds: z.array(z.string()),
    topic: z.object({ key: z.string(), label: z.string(), conceptId: z.string() }).optional(),
    depth: depth.optional(),
  }),
});

export const conceptSummary = z.object({
  id: z.string(),
  module: z.string(),
  order: z.number(),
  title: z.string(),
  summary: z.string(),
});

/** every concept in course order (the web app's Learn page) */
export const conceptList = defineEndpoint({
  method: "GET",
  path: "/api/concepts/concepts",
  query: z.object({ module: z.string().optional() }),
  response: z.object({ concepts: z.array(conceptSummary) }),
});

/** a concept explained at the depth that suits the student's mastery (or the one asked for): the Learn page */
export const conceptGet = defineEndpoint({
  method: "GET",
  path: "/api/concepts/concepts/:conceptId",
  params: z.object({ conceptId: z.string() }),
  query: z.object({ depth: depth.optional() }),
  response: conceptSummary.extend({
    depth,
    chosenBy: z.enum(["mastery", "request"]),
    explanation: z.string(),
    example: z.string(),
    expectedOutput: z.string(),
    keywords: z.array(z.string()),
  }),
});

/** a free-form question mapped to the nearest concepts */
export const conceptSearch = defineEndpoint({
  method: "POST",
  path: "/api/concepts/search",
  body: z.object({ question: z.string().min(1).max(2000) }),
  response: z.object({ matches: z.array(conceptSummary.extend({ score: z.number() })) }),
});
