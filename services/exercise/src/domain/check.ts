import type { TestResult } from "@emberlearn/contracts/sandbox";
import { readableTestName, type SandboxTestRun } from "./grading.ts";

// A practice check: the student's code against the exercise's hidden tests, told in words, with nothing
// recorded. It names the first failing check by its plain name and the author's message (which says what
// the check expected), never the test code or the solution. No score or praise unless every check passes.

export interface CheckResult {
  passed: boolean;
  /** "passed" | "failing" | "does-not-run" | "timeout" | "memory" | "output-limit" | "no-tests" */
  verdict: string;
  passedCount: number;
  total: number;
  firstFailing: { name: string; explanation: string } | null;
  error: { type: string; message: string; line: number | null } | null;
  summary: string;
}

export function summariseCheck(run: SandboxTestRun): CheckResult {
  const total = run.summary.total;
  const error = run.error ? { type: run.error.type, message: run.error.message, line: run.error.line ?? null } : null;
  const base = { passedCount: 0, total, firstFailing: null, error };
  if (run.status === "timeout")
    return {
      ...base,
      passed: false,
      verdict: "timeout",
      summary: "Your code ran for too long (over 5 seconds) before the checks could finish.",
    };
  if (run.status === "memory")
    return { ...base, passed: false, verdict: "memory", summary: "Your code used too much memory." };
  if (run.status === "output-limit")
    return { ...base, passed: false, verdict: "output-limit", summary: "Your code printed far too much." };
  // the student's file did not load (a syntax error, or it crashed or exited at import): every check fails alike
  if (total === 0 || run.tests.length === 0 || (run.status === "error" && error)) {
    const where = error?.line ? ` (line ${error.line})` : "";
    return {
      ...base,
      passed: false,
      verdict: error ? "does-not-run" : "no-tests",
      summary: error
        ? `Your code does not run yet: ${error.type}${where}: ${error.message}`
        : "Your code could not be checked.",
    };
  }
  // skipped tests count neither for nor against the student (as in grading)
  const counted = run.tests.filter((t) => t.outcome !== "skipped");
  const passedCount = counted.filter((t) => t.passed).length;
  const failing = counted.find((t) => !t.passed);
  if (!failing && run.status === "ok")
    return {
      ...base,
      total: counted.length,
      passed: true,
      verdict: "passed",
      passedCount,
      summary: `All ${counted.length} checks pass.`,
    };
  return {
    ...base,
    total: counted.length,
    passed: false,
    verdict: "failing",
    passedCount,
    firstFailing: failing ? { name: checkName(failing), explanation: explainFailure(failing) } : null,
    summary: `${passedCount} of ${counted.length} checks pass.`,
  };
}

/** the test's description when it has one; test_3 → "check 3"; test_empty_text → "Empty text" */
function checkName(t: Pick<TestResult, "name" | "description">): string {
  const name = t.description || readableTestName(t.name);
  return /^\d+$/.test(name) ? `check ${name}` : name;
}

/** The first failing check in words: the author's message and what the code gave, never a traceback. */
export function explainFailure(t: Pick<TestResult, "message"> & Partial<TestResult>): string {
  if (t.limit) return `Your code hit a limit during this check: ${clip(t.limit)}.`;
  const text = (t.message ?? "").trim();
  const assertion = /(?:^|\n)AssertionError:\s*([\s\S]*)$/.exec(text);
  if (assertion) {
    const body = assertion[1];
    const first = body.split("\n")[0];
    // unittest appends the author's message after " : ", after any multi-line diff
    const authored = / : ([^\n]+?)\s*$/.exec(body)?.[1];
    const comparison = /^(.+?) != (.+?)(?: : .*)?$/.exec(first);
    const gave = t.actual ?? comparison?.[1];
    if (authored) return `${clip(authored)}${gave ? ` (your code gave ${clip(gave)})` : ""}`;
    if (comparison) return `Expected ${clip(comparison[2])}, but your code gave ${clip(comparison[1])}.`;
    return first ? clip(first) : "An assertion in this check failed.";
  }
  const crash = /^([A-Z]\w*(?:Error|Exception|Exit)):\s*(.*)$/s.exec(text.split("\n").pop() ?? "");
  if (crash) return `Your code stopped with ${crash[1]} during this check: ${clip(crash[2])}`.trim();
  if (!text && t.call && t.expected !== undefined)
    return `${clip(t.call)} should give ${clip(t.expected)}, but your code gave ${clip(t.actual ?? "something else")}.`;
  if (!text) return "This check failed.";
  const gave = t.actual && !text.includes(t.actual) ? ` (your code gave ${clip(t.actual)})` : "";
  return `${clip(text)}${gave}`;
}

const clip = (s: string) => {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > 300 ? `${one.slice(0, 299)}…` : one;
};
