// Beginner-bug eval: our own labelled programs (beginner-bugs.json), each run with real CPython the
// way the sandbox harness runs it (run_case.py: compile as main.py, errors.describe, explain.py), then
// explained by the debug tutor. Scored per case: exception type and line; the student's identifiers
// named; the facts a good explanation must state (the real index and length, the keyword, the
// missing `self`…) present; known-wrong phrasings absent; readable at grade 9. Against
// friendly-traceback: "worse" when its cause states a required fact ours misses, "wrong" when ours
// says a known-wrong thing. Three modes: with friendly-traceback's analysis (the harness with
// /sandbox/lib), with explain.py's own facts only, and with no analysis at all (today's harness).
// Half the cases ("tune") were used while writing the explanations; "holdout" was not.
//   npx tsx services/debug/eval/bugs.ts
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fleschKincaidGrade } from "@emberlearn/content";
import { explainError } from "../src/domain/index.ts";

interface Case {
  name: string;
  code: string;
  type: string;
  line: number;
  names: string[];
  facts: string[];
  wrong: string[];
  /** "fresh" cases were written after the last change to the explanations and never tuned on */
  split: "tune" | "holdout" | "fresh";
}
export type Mode = "friendly" | "facts-only" | "none";
export const TARGETS = { named: 0.94, facts: 0.85, worseOrWrong: 0.15, grade: 9 };
const PYTHON = process.env.SANDBOX_PYTHON ?? "/usr/bin/python3";
const root = join(import.meta.dirname, "..", "..", "..");

export function libraryDir(): string {
  return execFileSync("bash", [join(root, "scripts/install-sandbox-python-lib.sh"), "--print-dir"], {
    encoding: "utf8",
  }).trim();
}

export function runBugs(mode: Mode, split: Case["split"], lib = mode === "friendly" ? libraryDir() : "") {
  const cases: Case[] = JSON.parse(readFileSync(join(import.meta.dirname, "beginner-bugs.json"), "utf8"));
  const rows = cases
    .filter((c) => c.split === split)
    .map((c) => {
      const run = spawnSync(PYTHON, ["-I", join(import.meta.dirname, "run_case.py"), mode === "friendly" ? lib : ""], {
        input: c.code,
        env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" },
        encoding: "utf8",
        timeout: 10_000,
      });
      const report = JSON.parse(run.stdout || "{}");
      const error = report.error ? { ...report.error, ...(mode === "none" ? { analysis: undefined } : {}) } : undefined;
      const e = explainError({ code: c.code, status: report.status, error });
      const text = [e.title, e.explanation, ...e.hints].join(" ");
      const low = text.toLowerCase();
      const friendly = String(report.error?.analysis?.cause ?? "").toLowerCase();
      const missing = c.facts.filter((f) => !low.includes(f.toLowerCase()));
      const wrong = c.wrong.filter((w) => low.includes(w.toLowerCase()));
      return {
        name: c.name,
        typeOk: e.errorType === c.type,
        lineOk: e.line === c.line,
        named: c.names.length ? c.names.every((n) => text.includes(n)) : null,
        factsOk: missing.length === 0,
        wrong: wrong.length > 0,
        worse: missing.some((f) => friendly.includes(f.toLowerCase())),
        grade: Math.max(fleschKincaidGrade(e.explanation), ...e.hints.map(fleschKincaidGrade)),
        missing,
        said: text,
      };
    });
  const rate = (xs: (boolean | null)[]) => {
    const v = xs.filter((x) => x !== null);
    return v.length ? v.filter(Boolean).length / v.length : 1;
  };
  return {
    rows,
    total: rows.length,
    type: rate(rows.map((r) => r.typeOk)),
    line: rate(rows.map((r) => r.lineOk)),
    named: rate(rows.map((r) => r.named)),
    namedCount: `${rows.filter((r) => r.named).length}/${rows.filter((r) => r.named !== null).length}`,
    facts: rate(rows.map((r) => r.factsOk)),
    worseOrWrong: rows.filter((r) => r.wrong || r.worse).length / rows.length,
    maxGrade: Math.max(...rows.map((r) => r.grade)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lib = libraryDir();
  for (const mode of ["friendly", "facts-only", "none"] as const)
    for (const split of ["tune", "holdout", "fresh"] as const) {
      const r = runBugs(mode, split, lib);
      console.log(
        `${mode.padEnd(10)} ${split.padEnd(7)} n=${r.total} type ${pct(r.type)} line ${pct(r.line)} ` +
          `named ${r.namedCount} facts ${pct(r.facts)} worse-or-wrong vs friendly-traceback ${pct(r.worseOrWrong)} ` +
          `max grade ${r.maxGrade.toFixed(1)}`,
      );
      if (process.argv.includes("-v"))
        for (const row of r.rows.filter((x) => !x.factsOk || x.wrong || x.named === false || !x.typeOk || !x.lineOk))
          console.log(
            `   ${row.name}: missing ${JSON.stringify(row.missing)} wrong=${row.wrong} named=${row.named} ` +
              `type=${row.typeOk} line=${row.lineOk}\n     ${row.said.slice(0, 300)}`,
          );
    }
}

function pct(x: number) {
  return `${(x * 100).toFixed(0)}%`;
}
