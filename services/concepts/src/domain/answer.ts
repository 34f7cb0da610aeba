import type { Concept, Depth } from "./concept.ts";
import type { ConceptMatch } from "./search.ts";

// The offline concepts tutor: composes an answer from the curated explanation
// at the student's depth, the runnable example, and a question to check
// understanding. The same text is the model's context when one is configured.

export function explainConcept(concept: Concept, depth: Depth): string {
  return [
    `**${concept.title}** — ${concept.summary}`,
    concept.explanations[depth].trim(),
    "Here is a small example you can run:",
    "```python\n" + concept.example.trim() + "\n```",
    `It prints:\n\n\`\`\`\n${concept.expectedOutput.trim()}\n\`\`\``,
  ].join("\n\n");
}

export function answerQuestion(
  question: string,
  matches: ConceptMatch[],
  depthOf: (c: Concept) => Depth,
): { text: string; conceptIds: string[] } {
  if (matches.length === 0) {
    return {
      text: 'I could not match that to a topic in our course yet. Try naming the Python feature you are curious about, for example "for loops", "dictionaries" or "try and except". You can also open the Learn page and pick a concept from the list.',
      conceptIds: [],
    };
  }
  const [best, ...others] = matches;
  const parts = [
    explainConcept(best!.concept, depthOf(best!.concept)),
    "Try changing one thing in the example and predict what will print before you run it.",
  ];
  if (others.length) parts.push(`Related topics: ${others.map((m) => m.concept.title).join(", ")}.`);
  return { text: parts.join("\n\n"), conceptIds: matches.map((m) => m.concept.id) };
}
