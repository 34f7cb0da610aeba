import { NotFoundError, userOf, type App, type Emitter, type ServiceClient } from "@emberlearn/platform";
import { depthForMastery, type Concept } from "../domain/concept.ts";
import type { createConceptIndex } from "../domain/search.ts";
import { fetchModuleMastery } from "../repository/mastery-client.ts";
import { conceptGet, conceptList, conceptSearch } from "@emberlearn/contracts/http";
import { tutorRoutes } from "./tutor-routes.ts";

export interface ConceptDeps {
  concepts: Concept[];
  index: ReturnType<typeof createConceptIndex>;
  events: Emitter;
  progress: ServiceClient;
}

export function conceptRoutes(app: App, deps: ConceptDeps) {
  tutorRoutes(app, deps);
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
    async (req) => ({
      concepts: deps.concepts
        .filter((c) => !req.query.module || c.module === req.query.module)
        .map(({ id, module, order, title, summary }) => ({ id, module, order, title, summary })),
    }),
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
    async (req) => {
      const concept = deps.concepts.find((c) => c.id === req.params.conceptId);
      if (!concept) throw new NotFoundError(`Concept "${req.params.conceptId}"`);
      const chosen =
        req.query.depth ?? depthForMastery((await fetchModuleMastery(deps.progress)).get(concept.module) ?? 0);
      const viewed = { studentId: userOf(req).id, conceptId: concept.id, moduleId: concept.module };
      await deps.events.transaction((tx) => deps.events.emit(tx, "concept.viewed", viewed));
      const { id, module, order, title, summary: s, example, expectedOutput, keywords } = concept;
      return {
        id,
        module,
        order,
        title,
        summary: s,
        keywords,
        example,
        expectedOutput,
        depth: chosen,
        chosenBy: req.query.depth ? ("request" as const) : ("mastery" as const),
        explanation: concept.explanations[chosen],
      };
    },
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
    async (req) => ({
      matches: deps.index
        .search(req.body.question, 5)
        .map(({ concept: { id, module, order, title, summary }, score }) => ({
          id,
          module,
          order,
          title,
          summary,
          score: Math.round(score * 100) / 100,
        })),
    }),
  );
}
