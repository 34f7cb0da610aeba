import { loadCurriculum } from "@emberlearn/content";
import type { Concept } from "../domain/concept.ts";

export async function readConcepts(): Promise<Concept[]> {
  const c = await loadCurriculum();
  return c.concepts.map((x) => ({
    id: x.id,
    module: x.module,
    order: x.order,
    title: x.title,
    summary: x.summary,
    keywords: x.keywords,
    explanations: x.explanations,
    example: x.example,
    expectedOutput: x.expectedOutput,
    moreExamples: x.moreExamples,
    questions: x.questions,
  }));
}
