import type { GuardVerdict } from "./guarded-stream.ts";

// Checks text a model wrote against an exercise's reference solution before a student sees it, as
// CodeHelp does: a code block that holds a solution line (or nearly one), or that writes the
// exercise's function out in full, is removed; prose that quotes solution lines is removed too.
// When most of an answer would have to go, the stream refuses the whole answer (guarded-stream.ts).

const norm = (s: string) => s.replace(/\s+/g, " ").trim();
const tokens = (s: string) => s.match(/[A-Za-z_]\w*|\d+|[^\s\w]/g) ?? [];

function similar(a: string, b: string): boolean {
  const ta = new Set(tokens(a));
  const tb = new Set(tokens(b));
  if (ta.size < 4 || tb.size < 4) return false;
  const shared = [...ta].filter((t) => tb.has(t)).length;
  return shared / Math.max(ta.size, tb.size) >= 0.7;
}

export const STRIPPED_NOTE = "(I left out code here that would give away the answer. Try writing that part yourself.)";

export interface SolutionGuard {
  check(text: string): GuardVerdict & { stripped: number; kept: string };
}

/**
 * @param solution the reference solution (all variants' lines may be passed, joined)
 * @param given text the student already has (starter code, the prompt): quoting it is no leak
 */
export function createSolutionGuard(solution: string, given = ""): SolutionGuard {
  const givenLines = new Set(given.split("\n").map(norm));
  const lines = [...new Set(solution.split("\n").map(norm))].filter(
    (l) => l.length >= 8 && tokens(l).length >= 3 && !givenLines.has(l) && !/^(#|import |from )/.test(l),
  );
  const functions = [...solution.matchAll(/^\s*def\s+(\w+)/gm)].map((m) => m[1]);
  const leaks = (code: string) =>
    code
      .split("\n")
      .map(norm)
      // a line the student was given is no leak, even when it resembles a classmate's variant's line
      .some((c) => c.length >= 8 && !givenLines.has(c) && lines.some((l) => c === l || c.includes(l) || similar(c, l)));
  const writesFunction = (code: string) => {
    const body = code.split("\n").filter((l) => l.trim() && !l.trim().startsWith("#"));
    return body.length >= 3 && functions.some((f) => new RegExp(`^\\s*def\\s+${f}\\s*\\(`, "m").test(code));
  };
  return {
    check(text) {
      let stripped = 0;
      let out = text.replace(/```[^\n]*\n([\s\S]*?)(```|$)/g, (block, code: string) => {
        if (leaks(code) || writesFunction(code) || code.split("\n").filter((l) => l.trim()).length > 4) {
          stripped++;
          return `${STRIPPED_NOTE}\n`;
        }
        return block;
      });
      out = out.replace(/`([^`\n]+)`/g, (span, code: string) => {
        if (!leaks(code)) return span;
        stripped++;
        return "`…`";
      });
      // prose that spells out solution lines without backticks
      out = out
        .split("\n")
        .map((l) => {
          if (l.includes(STRIPPED_NOTE) || !leaks(l)) return l;
          stripped++;
          return STRIPPED_NOTE;
        })
        .join("\n");
      return { text: out, stripped, kept: out.replaceAll(STRIPPED_NOTE, "") };
    },
  };
}
