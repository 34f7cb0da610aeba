// Flesch–Kincaid grade level, used to keep every offline explanation and hint
// readable for a beginner (target: grade 9 or below). Code is ignored.

export function stripForReading(text: string): string {
  return text
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/`[^`]*`/g, "it")
    .replace(/[*_#>[\]()]/g, " ")
    .replace(/https?:\/\/\S+/g, " ");
}

export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, "");
  if (!w) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, "").replace(/^y/, "");
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

export function fleschKincaidGrade(text: string): number {
  const plain = stripForReading(text);
  const sentences = Math.max(1, plain.split(/[.!?:;\n]+/).filter((s) => /[a-z]/i.test(s)).length);
  const words = plain
    .split(/\s+/)
    .map((w) => w.replace(/[^A-Za-z']/g, ""))
    .filter(Boolean);
  if (words.length === 0) return 0;
  const syllables = words.reduce((s, w) => s + countSyllables(w), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
}

export function wordCount(text: string): number {
  return stripForReading(text)
    .split(/\s+/)
    .filter((w) => /[a-z]/i.test(w)).length;
}
