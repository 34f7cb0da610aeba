import { z } from "zod";
import { userOf, type App } from "@emberlearn/platform";
import { conceptList, conceptSummary as summary } from "@emberlearn/contracts/http";
import type { ConceptService } from "../service/concepts.ts";

const depth = z.enum(["simple", "standard", "deep"]);
export function conceptRoutes(app: App, concepts: ConceptService) {
  app.get(
    "/api/concepts/concepts",
    {
      schema: {
        tags: ["concepts"],
        summary: "Every concept, in course order",
        querystring: conceptList.query,
        response: { 200: conceptList.response },
      },
    },
    async (req) => ({ concepts: concepts.list(req.query.module) }),
  );

  app.get(
    "/api/concepts/concepts/:conceptId",
    {
      schema: {
        tags: ["concepts"],
        summary: "A concept explained at the depth that suits my mastery (or the one I ask for)",
        params: z.object({ conceptId: z.string() }),
        querystring: z.object({ depth: depth.optional() }),
        response: {
          200: summary.extend({
            depth,
            chosenBy: z.enum(["mastery", "request"]),
            explanation: z.string(),
            example: z.string(),
            expectedOutput: z.string(),
            keywords: z.array(z.string()),
          }),
        },
      },
    },
    async (req) => concepts.explain(userOf(req).id, req.params.conceptId, req.query.depth),
  );

  app.post(
    "/api/concepts/search",
    {
      schema: {
        tags: ["concepts"],
        summary: "Map a free-form question to the nearest concepts",
        body: z.object({ question: z.string().min(1).max(2000) }),
        response: { 200: z.object({ matches: z.array(summary.extend({ score: z.number() })) }) },
      },
    },
    async (req) => ({ matches: concepts.search(req.body.question) }),
  );
}
