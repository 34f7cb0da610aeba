import { conceptsTutor } from "@emberlearn/contracts/http";
import type { App } from "@emberlearn/platform";
import { depthForMastery } from "../domain/concept.ts";
import { answerQuestion, explainConcept, followUp } from "../domain/answer.ts";
import { fetchModuleMastery } from "../repository/mastery-client.ts";
import type { ConceptDeps } from "./concept-routes.ts";

// called by triage: the offline answer, and the facts a model may use to enrich it
export function tutorRoutes(app: App, deps: ConceptDeps) {
  app.post(
    "/api/concepts/tutor",
    {
      schema: {
        tags: ["tutor"],
        summary: "The concepts tutor's offline answer and model context (follow-ups continue a concept)",
        body: conceptsTutor.body,
        response: { 200: conceptsTutor.response },
      },
    },
    async (req) => {
      const { message, action, conceptId } = req.body;
      const topicOf = (c: { id: string; title: string }) => ({
        key: `concept:${c.id}`,
        // the title, and the plain name when the title does not say it ("repeating with for (for loops)")
        label: labelOf(c),
        conceptId: c.id,
      });
      const current = conceptId ? deps.concepts.find((c) => c.id === conceptId) : undefined;
      if (current && (action === "simpler" || action === "why" || action === "example")) {
        const mastery = await fetchModuleMastery(deps.progress);
        const chosen = req.body.depth ?? depthForMastery(mastery.get(current.module) ?? 0);
        const r = followUp(current, action, chosen, {
          depth: req.body.previousDepth,
          examplesShown: req.body.examplesShown ?? 0,
        });
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
      const {
        text,
        conceptIds,
        depth: used,
      } = answerQuestion(message, matches, (c) => depthForMastery(mastery.get(c.module) ?? 0));
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
        ...(best ? { topic: topicOf(best), depth: used } : {}),
      };
    },
  );
}

function labelOf(c: { id: string; title: string }): string {
  const title = c.title.toLowerCase();
  const plain = c.id.replace(/-/g, " ");
  return title.includes(plain) ? title : `${title} (${plain})`;
}
