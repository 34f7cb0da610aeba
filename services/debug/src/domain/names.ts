// The student's own names: identifiers in their code, and the closest one to a
// misspelled name ("totl" → "total"), so explanations point at their program.

const KEYWORDS = new Set(
  (
    "False None True and as assert async await break class continue def del elif else except finally for from " +
    "global if import in is lambda nonlocal not or pass raise return try while with yield " +
    "print len range int str float list dict set tuple input"
  ).split(" "),
);

export function identifiers(code: string): string[] {
  const withoutStrings = code.replace(
    /("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|#.*$)/gm,
    " ",
  );
  return [...new Set(withoutStrings.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [])].filter((n) => !KEYWORDS.has(n));
}

export function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) dp[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      dp[i][j] = Math.min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        dp[i][j] = Math.min(dp[i][j], dp[i - 2][j - 2] + 1);
    }
  }
  return dp[a.length][b.length];
}

/** The candidate closest to `name` (case-insensitive, within a distance that suits its length). */
export function closest(name: string, candidates: string[]): string | undefined {
  const limit = name.length <= 3 ? 1 : name.length <= 6 ? 2 : 3;
  let best: { c: string; d: number } | undefined;
  for (const c of candidates) {
    if (c === name) continue;
    const d = c.toLowerCase() === name.toLowerCase() ? 0.5 : editDistance(name, c);
    if (d <= limit && (!best || d < best.d)) best = { c, d };
  }
  return best?.c;
}

export function lineOf(code: string, line: number | null | undefined): string | undefined {
  if (!line) return undefined;
  return code.split("\n")[line - 1]?.trim();
}
