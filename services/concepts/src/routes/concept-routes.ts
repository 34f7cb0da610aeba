import { userOf, type App } from "@emberlearn/platform";
import { conceptGet, conceptList, conceptSearch } from "@emberlearn/contracts/http";
import type { ConceptService } from "../service/concepts.ts";

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
        params: conceptGet.params,
        querystring: conceptGet.query,
        response: { 200: conceptGet.response },
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
        body: conceptSearch.body,
        response: { 200: conceptSearch.response },
      },
    },
    async (req) => ({ matches: concepts.search(req.body.question) }),
  );
}
