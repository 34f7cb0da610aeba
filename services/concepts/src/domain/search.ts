import type { Concept } from "./concept.ts";

// Maps a free-form question to the nearest concepts: TF-IDF over each concept's
// title, keywords and summary, with keywords weighted up (authors chose them
// for exactly this), plus a bonus when a keyword phrase appears verbatim, and a
// larger one when the message names a question the concept answers.

const STOP = new Set(
  (
    "a an and are as at be but by can do does for from how i if in into is it its me my of on or so than that the " +
    "their then there these this to use used using was what when where which why will with you your python"
  ).split(" "),
);

export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9_\s]/g, " ")
    .split(/\s+/)
    .filter((t) => t.length > 1 && !STOP.has(t))
    .map(stem);
}

/** A light stemmer: loops → loop, functions → function, defining → defin. */
function stem(word: string): string {
  return word.replace(/(ies)$/, "y").replace(/(ing|ed|es|s)$/, "") || word;
}

export interface ConceptMatch {
  concept: Concept;
  score: number;
}

export function createConceptIndex(concepts: Concept[]) {
  const docs = concepts.map((c) => {
    const tf = new Map<string, number>();
    const add = (text: string, weight: number) => {
      for (const t of tokenize(text)) tf.set(t, (tf.get(t) ?? 0) + weight);
    };
    add(c.title, 3);
    for (const k of c.keywords) add(k, 3);
    add(c.summary, 1);
    add(c.id.replace(/-/g, " "), 2);
    return { concept: c, tf };
  });
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string) => Math.log(1 + docs.length / (df.get(t) ?? docs.length));

  return {
    search(question: string, limit = 3): ConceptMatch[] {
      const terms = tokenize(question);
      const lower = question.toLowerCase();
      return docs
        .map(({ concept, tf }) => {
          let score = terms.reduce((s, t) => s + (tf.get(t) ?? 0) * idf(t), 0);
          for (const k of concept.keywords) if (k.length > 2 && lower.includes(k.toLowerCase())) score += 4;
          // a question the authors answered by name ("== vs is") outranks keyword overlap
          for (const q of concept.questions ?? []) if (q.ask.some((a) => lower.includes(a.toLowerCase()))) score += 12;
          return { concept, score };
        })
        .filter((m) => m.score > 0)
        .sort((a, b) => b.score - a.score || a.concept.order - b.concept.order)
        .slice(0, limit);
    },
  };
}
