import type { z } from "zod";
import type { conceptsTutor } from "@emberlearn/contracts/http";
import { depthForMastery } from "../domain/concept.ts";
import { answerQuestion, explainConcept, followUp } from "../domain/answer.ts";
import { fetchModuleMastery } from "../repository/mastery-client.ts";
import type { ConceptDeps } from "./concepts.ts";

// The concepts tutor, called by triage: the offline answer, and the facts a model may use to enrich it.
// A follow-up (simpler, why, another example) continues the concept the student is reading.

type TutorRequest = z.infer<typeof conceptsTutor.body>;

const topicOf = (c: { id: string; title: string }) => ({
  key: `concept:${c.id}`,
  // the title, and the plain name when the title does not say it ("repeating with for (for loops)")
  label: labelOf(c),
  conceptId: c.id,
});

export function createConceptTutor(deps: Pick<ConceptDeps, "concepts" | "index" | "progress">) {
  return async function answer(req: TutorRequest) {
    const { message, action, conceptId } = req;
    const current = conceptId ? deps.concepts.find((c) => c.id === conceptId) : undefined;
    if (current && (action === "simpler" || action === "why" || action === "example")) {
      const mastery = await fetchModuleMastery(deps.progress);
      const chosen = req.depth ?? depthForMastery(mastery.get(current.module) ?? 0);
      const r = followUp(current, action, chosen, { depth: req.previousDepth, examplesShown: req.examplesShown ?? 0 });
      return {
        agent: "concepts" as const,
        offline: r.text,
        context: `${current.title}: ${current.summary}\n${explainConcept(current, r.depth)}`.slice(0, 6000),
        conceptIds: [current.id],
        topic: topicOf(current),
        depth: r.depth,
      };
    }
    const mastery = await fetchModuleMastery(deps.progress);
    const matches = deps.index.search(message, 3);
    const { text, conceptIds, depth } = answerQuestion(message, matches, (c) =>
      depthForMastery(mastery.get(c.module) ?? 0),
    );
    const context = matches
      .map((m) => `${m.concept.title}: ${m.concept.summary}\n${explainConcept(m.concept, "standard")}`)
      .join("\n\n")
      .slice(0, 6000);
    const best = matches[0]?.concept;
    return {
      agent: "concepts" as const,
      offline: text,
      context,
      conceptIds,
      ...(best ? { topic: topicOf(best), depth } : {}),
    };
  };
}

function labelOf(c: { id: string; title: string }): string {
  const title = c.title.toLowerCase();
  const plain = c.id.replace(/-/g, " ");
  return title.includes(plain) ? title : `${title} (${plain})`;
}
