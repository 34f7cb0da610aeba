import { readFileSync } from "node:fs";
import { AGENTS, type NaiveBayes } from "./model.ts";
import { contextScores, RULES } from "./rules.ts";
import type { Agent, ChatInput, Classifier, Route } from "./types.ts";
import { detectStuck } from "./intent.ts";
import { anyOf } from "./pattern.ts";

// The offline triage classifier: rules and context first, a naive Bayes model
// to break ties and catch other phrasings. Defaults to the concepts tutor,
// which can answer almost anything helpfully.

export function createClassifier(model: NaiveBayes): Classifier {
  return {
    classify(input: ChatInput): Route {
      const scores = Object.fromEntries(AGENTS.map((a) => [a, 0])) as Record<Agent, number>;
      const reasons: string[] = [];
      for (const rule of RULES) {
        if (rule.test.test(input.message)) {
          scores[rule.agent] += rule.weight;
          reasons.push(rule.reason);
        }
      }
      const ctx = contextScores(input);
      for (const [a, s] of Object.entries(ctx.scores)) scores[a as Agent] += s;
      reasons.push(...ctx.reasons);
      // the model's posterior adds up to 2 points, spread by its confidence
      const lp = model.logProbs(input.message);
      const max = Math.max(...Object.values(lp));
      const exp = Object.fromEntries(AGENTS.map((a) => [a, Math.exp(lp[a] - max)])) as Record<Agent, number>;
      const z = Object.values(exp).reduce((s, x) => s + x, 0);
      for (const a of AGENTS) scores[a] += (2 * exp[a]) / z;
      const ranked = [...AGENTS].sort((a, b) => scores[b] - scores[a] || AGENTS.indexOf(a) - AGENTS.indexOf(b));
      const best = ranked[0];
      const total = Object.values(scores).reduce((s, x) => s + x, 0) || 1;
      return {
        agent: scores[best] > 0.5 ? best : "concepts",
        confidence: Math.round((scores[best] / total) * 100) / 100,
        reasons: reasons.length ? reasons : ["closest match to similar questions"],
      };
    },
    detectStuck,
    isSolutionRequest,
  };
}

const SOLUTION = anyOf([
  String.raw`\b(give|show|tell|write|send) me (the )?(full |complete |whole |final |entire )?(solution|answer|code)\b`,
  String.raw`\b(just|only) (give|tell|show|write)\b.*\b(answer|solution|code)\b`,
  String.raw`\bignore (your|all|the|previous) (instructions|rules)\b`,
  String.raw`\b(do|write|solve|finish|complete) (it|this|that|my \w+|the \w+)( \w+)? for me\b`,
  String.raw`\bwhat'?s the answer\b`,
]);

export function isSolutionRequest(message: string): boolean {
  return SOLUTION.test(message);
}

/** The labeled examples the model trains on (never the held-out test split). */
export function loadTrainingSet(
  file = new URL("../../eval/labeled.jsonl", import.meta.url),
): { message: string; agent: Agent }[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .filter((r) => r.split === "train");
}
