import { NotFoundError, type Emitter, type ServiceClient } from "@emberlearn/platform";
import { depthForMastery, type Concept, type Depth } from "../domain/concept.ts";
import type { createConceptIndex } from "../domain/search.ts";
import { fetchModuleMastery } from "../repository/mastery-client.ts";

// Reading concepts: the list, one concept at the depth that suits the student's mastery (recorded as
// concept.viewed, which feeds progress), and the nearest concepts to a free-form question.

export interface ConceptDeps {
  concepts: Concept[];
  index: ReturnType<typeof createConceptIndex>;
  events: Emitter;
  progress: ServiceClient;
}

export function createConceptService(deps: ConceptDeps) {
  return {
    list: (module?: string) =>
      deps.concepts
        .filter((c) => !module || c.module === module)
        .map(({ id, module, order, title, summary }) => ({ id, module, order, title, summary })),

    async explain(studentId: string, conceptId: string, depth?: Depth) {
      const concept = deps.concepts.find((c) => c.id === conceptId);
      if (!concept) throw new NotFoundError(`Concept "${conceptId}"`);
      const chosen = depth ?? depthForMastery((await fetchModuleMastery(deps.progress)).get(concept.module) ?? 0);
      const viewed = { studentId, conceptId: concept.id, moduleId: concept.module };
      await deps.events.transaction((tx) => deps.events.emit(tx, "concept.viewed", viewed));
      const { id, module, order, title, summary, example, expectedOutput, keywords } = concept;
      return {
        ...{ id, module, order, title, summary, keywords, example, expectedOutput },
        depth: chosen,
        chosenBy: depth ? ("request" as const) : ("mastery" as const),
        explanation: concept.explanations[chosen],
      };
    },

    search: (question: string) =>
      deps.index.search(question, 5).map(({ concept: { id, module, order, title, summary }, score }) => ({
        ...{ id, module, order, title, summary },
        score: Math.round(score * 100) / 100,
      })),
  };
}

export type ConceptService = ReturnType<typeof createConceptService>;
