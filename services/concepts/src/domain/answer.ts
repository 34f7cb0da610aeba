import type { Concept, Depth } from "./concept.ts";
import type { ConceptMatch } from "./search.ts";

// The offline concepts tutor: composes an answer from the curated explanation at the student's
// depth, a runnable example, and a question to check understanding. Follow-ups on the same concept
// continue it: a simpler depth (or the same idea in small steps), a deeper "why", another example.
// The same text is the model's context when one is configured.

const block = (code: string, output: string) =>
  `\`\`\`python\n${code.trim()}\n\`\`\`\n\nIt prints:\n\n\`\`\`\n${output.trim()}\n\`\`\``;

export function explainConcept(concept: Concept, depth: Depth): string {
  return [
    `**${concept.title}** — ${concept.summary}`,
    concept.explanations[depth].trim(),
    "Here is a small example you can run:",
    block(concept.example, concept.expectedOutput),
  ].join("\n\n");
}

/** A focused question the concept's authors answered ("== vs is"), when the message names it. */
export function focusedAnswer(concept: Concept, message: string): string | undefined {
  const lower = message.toLowerCase();
  const q = concept.questions?.find((x) => x.ask.some((a) => lower.includes(a.toLowerCase())));
  if (!q) return undefined;
  return [q.answer.trim(), "Try it:", block(q.example, q.expectedOutput), checkQuestion(concept)].join("\n\n");
}

export function answerQuestion(
  question: string,
  matches: ConceptMatch[],
  depthOf: (c: Concept) => Depth,
): { text: string; conceptIds: string[]; depth?: Depth } {
  if (matches.length === 0) {
    return {
      text:
        "I could not match that to a topic in our course yet. Try naming the Python feature you are curious " +
        'about, for example "for loops", "dictionaries" or "try and except". You can also open the Learn page ' +
        "and pick a concept from the list.",
      conceptIds: [],
    };
  }
  const [best, ...others] = matches;
  const depth = depthOf(best.concept);
  const focused = focusedAnswer(best.concept, question);
  const parts = focused
    ? [focused]
    : [
        explainConcept(best.concept, depth),
        "Try changing one thing in the example and predict what will print before you run it.",
      ];
  if (others.length) parts.push(`Related topics: ${others.map((m) => m.concept.title).join(", ")}.`);
  return { text: parts.join("\n\n"), conceptIds: matches.map((m) => m.concept.id), depth };
}

/** A follow-up on the concept already being discussed. */
export function followUp(
  concept: Concept,
  action: "simpler" | "why" | "example",
  depth: Depth,
  previous: { depth?: Depth; examplesShown: number },
): { text: string; depth: Depth } {
  if (action === "example") {
    const extra = concept.moreExamples ?? [];
    const next = extra[previous.examplesShown % Math.max(extra.length, 1)];
    if (next)
      return {
        depth: previous.depth ?? depth,
        text:
          "Here is another example of " +
          `${concept.title.toLowerCase()}:\n\n${block(next.code, next.output)}\n\nBefore you run it, guess what ` +
          "each line prints. Which line surprised you?",
      };
    return {
      depth: previous.depth ?? depth,
      text:
        "Here is the example again, to change " +
        `yourself:\n\n${block(concept.example, concept.expectedOutput)}\n\nChange one value in it, guess the new ` +
        "output, then run it in the editor. That turns it into your own second example.",
    };
  }
  if (action === "simpler" && previous.depth === "simple") return { depth: "simple", text: stepByStep(concept) };
  const intro =
    action === "simpler"
      ? `Let me put ${concept.title.toLowerCase()} more simply.`
      : depth === previous.depth
        ? `Here is why ${concept.title.toLowerCase()} works the way it does.`
        : `Good question — here is the reason behind ${concept.title.toLowerCase()}.`;
  return {
    depth,
    text: [
      intro,
      concept.explanations[depth].trim(),
      block(concept.example, concept.expectedOutput),
      checkQuestion(concept),
    ].join("\n\n"),
  };
}

/** Already at the simplest depth: the same idea as short numbered steps, one at a time. */
function stepByStep(concept: Concept): string {
  const sentences = concept.explanations.simple
    .replace(/\s+/g, " ")
    .split(/(?<=[.!?])\s+(?=[A-Z`])/)
    .filter(Boolean);
  const steps = sentences.slice(0, 5).map((s, i) => `${i + 1}. ${s.trim()}`);
  return [
    `Let's take ${concept.title.toLowerCase()} one small step at a time. In one sentence: ${concept.summary}`,
    steps.join("\n"),
    "Now look at just the first line of the example and say what it " +
      `does:\n\n${block(concept.example, concept.expectedOutput)}`,
    "Which step is the one that doesn't make sense yet? Tell me its number.",
  ].join("\n\n");
}

function checkQuestion(concept: Concept): string {
  return `Quick check: can you explain ${concept.title.toLowerCase()} in your own words, in one sentence?`;
}
