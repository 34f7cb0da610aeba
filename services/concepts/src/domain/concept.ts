// A curriculum concept as the concepts tutor uses it (read from content/).

export interface Concept {
  id: string;
  module: string;
  order: number;
  title: string;
  summary: string;
  keywords: string[];
  explanations: { simple: string; standard: string; deep: string };
  example: string;
  expectedOutput: string;
  moreExamples?: { code: string; output: string }[];
  questions?: { ask: string[]; answer: string; example: string; expectedOutput: string }[];
}

export type Depth = "simple" | "standard" | "deep";

/**
 * Depth follows the student's mastery of the concept's module: a beginner
 * (0–40) gets the simple explanation, a learner (41–70) the standard one, and
 * a proficient student (71+) the deep one. A student may always ask for another.
 */
export function depthForMastery(mastery: number): Depth {
  if (mastery <= 40) return "simple";
  if (mastery <= 70) return "standard";
  return "deep";
}
