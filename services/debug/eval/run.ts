// Debug tutor eval: every buggy program in cases.json is run with real CPython
// (fresh tracebacks, never stored ones), explained offline, and scored.
//   npx tsx services/debug/eval/run.ts     (exit code 1 below the targets)
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fleschKincaidGrade, wordCount } from "@emberlearn/content";
import { explainError } from "../src/domain/index.ts";

export interface EvalCase {
  name: string;
  code: string;
  type: string;
  line: number;
  name_in_explanation: string | null;
}

const PYTHON = process.env.SANDBOX_PYTHON ?? "/usr/bin/python3";
export const TARGETS = { type: 0.95, line: 0.9, identifier: 0.9, maxGrade: 9 };

export function runEval() {
  const cases: EvalCase[] = JSON.parse(readFileSync(join(import.meta.dirname, "cases.json"), "utf8"));
  const dir = mkdtempSync(join(tmpdir(), "debug-eval-"));
  const rows = cases.map((c) => {
    writeFileSync(join(dir, "main.py"), c.code);
    const run = spawnSync(PYTHON, ["-I", "main.py"], { cwd: dir, encoding: "utf8", timeout: 2000 });
    // killed by the time limit (or by its own endless output, like the sandbox would stop it)
    const timedOut = Boolean(run.signal) || Boolean(run.error);
    const e = explainError({
      code: c.code,
      traceback: run.stderr,
      status: timedOut ? "timeout" : run.status === 0 ? "ok" : "error",
    });
    const text = [e.title, e.explanation, ...e.hints].join(" ");
    return {
      name: c.name,
      typeOk: e.errorType === c.type,
      lineOk: e.line === c.line,
      identifierOk: c.name_in_explanation === null ? null : text.includes(c.name_in_explanation),
      grade: Math.max(fleschKincaidGrade(e.explanation), ...e.hints.map(fleschKincaidGrade)),
      hintWords: wordCount(e.hints.join(" ")),
      got: `${e.errorType}@${e.line}`,
    };
  });
  rmSync(dir, { recursive: true, force: true });
  const rate = (xs: (boolean | null)[]) => {
    const v = xs.filter((x) => x !== null);
    return v.filter(Boolean).length / v.length;
  };
  return {
    rows,
    type: rate(rows.map((r) => r.typeOk)),
    line: rate(rows.map((r) => r.lineOk)),
    identifier: rate(rows.map((r) => r.identifierOk)),
    maxGrade: Math.max(...rows.map((r) => r.grade)),
    meanGrade: rows.reduce((s, r) => s + r.grade, 0) / rows.length,
    hintWords: { min: Math.min(...rows.map((r) => r.hintWords)), max: Math.max(...rows.map((r) => r.hintWords)) },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = runEval();
  for (const row of r.rows.filter(
    (x) => !x.typeOk || !x.lineOk || x.identifierOk === false || x.grade > TARGETS.maxGrade,
  ))
    console.log("miss:", row);
  console.log(`debug eval: ${r.rows.length} programs`);
  console.log(`  exception type  ${(r.type * 100).toFixed(1)}%   (target ≥ ${TARGETS.type * 100}%)`);
  console.log(`  line            ${(r.line * 100).toFixed(1)}%   (target ≥ ${TARGETS.line * 100}%)`);
  console.log(
    `  names the student's identifier  ${(r.identifier * 100).toFixed(1)}%   (target ≥ ${TARGETS.identifier * 100}%)`,
  );
  console.log(
    `  readability (Flesch–Kincaid grade)  max ${r.maxGrade.toFixed(1)}, mean ${r.meanGrade.toFixed(1)} ` +
      `  (target ≤ ${TARGETS.maxGrade})`,
  );
  console.log(`  hint ladder length  ${r.hintWords.min}–${r.hintWords.max} words`);
  const ok =
    r.type >= TARGETS.type &&
    r.line >= TARGETS.line &&
    r.identifier >= TARGETS.identifier &&
    r.maxGrade <= TARGETS.maxGrade;
  process.exit(ok ? 0 : 1);
}
