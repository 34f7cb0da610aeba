import { createRequire } from "node:module";
import type { Finding } from "./finding.ts";
import { PLAIN } from "./ruff-plain.ts";

// Ruff, compiled to WebAssembly, with the rules that matter to a beginner, and
// its most common messages rewritten in plain language. Initialised once.

type RuffDiagnostic = { code: string | null; message: string; start_location: { row: number; column: number } };
type Workspace = { check(code: string): RuffDiagnostic[] };

const SETTINGS = {
  "line-length": 100,
  lint: {
    // only rules with plain words (ruff-plain.ts); a test checks every selected rule has them
    select: Object.keys(PLAIN),
    ignore: ["E741"],
    mccabe: { "max-complexity": 10 },
    pylint: { "max-statements": 30 },
  },
};

let workspace: Workspace | undefined;
function ruff(): Workspace {
  // Stryker disable next-line ConditionalExpression: a fresh Workspace per call finds the same, only slower
  if (!workspace) {
    const require = createRequire(import.meta.url);
    const wasm = require("@astral-sh/ruff-wasm-nodejs") as {
      Workspace: new (s: unknown, enc: number) => Workspace;
      PositionEncoding: { Utf16: number };
    };
    workspace = new wasm.Workspace(SETTINGS, wasm.PositionEncoding.Utf16);
  }
  return workspace;
}

export function ruffFindings(code: string): { findings: Finding[]; syntaxError?: { line: number; message: string } } {
  const findings: Finding[] = [];
  let syntaxError: { line: number; message: string } | undefined;
  for (const d of ruff().check(code)) {
    // The pinned ruff-wasm says `invalid-syntax` with no "SyntaxError:" prefix; the prefix is for older builds,
    // so mutants of its handling are equivalent here.
    // Stryker disable next-line MethodExpression
    if (!d.code || d.code === "invalid-syntax" || d.message.startsWith("SyntaxError")) {
      // Stryker disable next-line Regex,StringLiteral
      syntaxError ??= { line: d.start_location.row, message: d.message.replace(/^SyntaxError:\s*/, "") };
      continue;
    }
    const plain = PLAIN[d.code];
    // a rule without plain words is never shown raw to a student
    // Stryker disable next-line ConditionalExpression: the selected rules are PLAIN's keys, so it is always found
    if (!plain) continue;
    findings.push({
      rule: d.code,
      line: d.start_location.row,
      column: d.start_location.column,
      source: "ruff",
      severity: plain.severity,
      message: plain.message(d.message),
      suggestion: plain.suggestion,
    });
  }
  return { findings, syntaxError };
}
