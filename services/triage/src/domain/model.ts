import { TUTOR_AGENTS } from "@emberlearn/contracts";
import type { Agent } from "./types.ts";

// A small multinomial naive Bayes over word unigrams and bigrams, trained from
// the labeled training split at start (a few milliseconds). It catches the
// phrasings the rules do not name.

export const AGENTS: Agent[] = [...TUTOR_AGENTS];

export function tokens(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9'_\s]/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/'/g, ""));
  return [...words, ...words.slice(1).map((w, i) => `${words[i]}_${w}`)];
}

export interface NaiveBayes {
  logProbs(text: string): Record<Agent, number>;
}

export function trainNaiveBayes(examples: { message: string; agent: Agent }[]): NaiveBayes {
  const counts = Object.fromEntries(AGENTS.map((a) => [a, new Map<string, number>()])) as Record<
    Agent,
    Map<string, number>
  >;
  const totals = Object.fromEntries(AGENTS.map((a) => [a, 0])) as Record<Agent, number>;
  const docs = Object.fromEntries(AGENTS.map((a) => [a, 0])) as Record<Agent, number>;
  const vocab = new Set<string>();
  for (const ex of examples) {
    docs[ex.agent]++;
    for (const t of tokens(ex.message)) {
      counts[ex.agent].set(t, (counts[ex.agent].get(t) ?? 0) + 1);
      totals[ex.agent]++;
      vocab.add(t);
    }
  }
  const n = examples.length || 1;
  return {
    logProbs(text) {
      const ts = tokens(text).filter((t) => vocab.has(t));
      return Object.fromEntries(
        AGENTS.map((a) => [
          a,
          Math.log((docs[a] + 1) / (n + AGENTS.length)) +
            ts.reduce((s, t) => s + Math.log(((counts[a].get(t) ?? 0) + 1) / (totals[a] + vocab.size)), 0),
        ]),
      ) as Record<Agent, number>;
    },
  };
}
