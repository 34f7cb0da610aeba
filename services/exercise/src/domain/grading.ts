// Turns the sandbox's per-test outcome into what a student reads: a score and
// one plain sentence per test. The sandbox is the only judge; nothing the
// student's program printed is trusted here.

export interface SandboxTest {
  name: string;
  passed: boolean;
  message: string;
}

export interface SandboxTestRun {
  status: string;
  tests: SandboxTest[];
  summary: { passed: number; failed: number; errors: number; total: number };
  stdout?: string;
  stderr?: string;
  error?: { type: string; message: string; line: number | null } | null;
}

export interface GradedTest {
  name: string;
  passed: boolean;
  message: string;
}

export interface Grade {
  score: number;
  passed: boolean;
  status: string;
  tests: GradedTest[];
  summary: string;
}

/** test_adds_two_numbers → "adds two numbers" */
export function readableTestName(name: string): string {
  const method = name.split(".").pop() ?? name;
  return (
    method
      .replace(/^test_?/, "")
      .replace(/_/g, " ")
      .trim() || method
  );
}

/**
 * Keeps the author's assertion message and the got/expected values, drops the
 * traceback: "AssertionError: 5 != 6 : total([1, 2, 3]) should be 6" becomes
 * "total([1, 2, 3]) should be 6 (your code gave 5)".
 */
export function friendlyMessage(raw: string): string {
  const text = raw.trim();
  if (!text) return "";
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const last = [...lines].reverse().find((l) => /^[A-Za-z_.]*(Error|Exception)\b/.test(l)) ?? lines[lines.length - 1]!;
  const assertion = /^AssertionError:\s*(.*)$/s.exec(last);
  if (!assertion) return last.length > 300 ? last.slice(0, 300) + "…" : last;
  const body = assertion[1]!;
  const withMsg = /^(.*?) : (.+)$/s.exec(body);
  if (withMsg) {
    const comparison = /^(.+?) != (.+)$/.exec(withMsg[1]!);
    return comparison ? `${withMsg[2]} (your code gave ${comparison[1]})` : withMsg[2]!;
  }
  const comparison = /^(.+?) != (.+)$/.exec(body);
  if (comparison) return `Expected ${comparison[2]}, but your code gave ${comparison[1]}`;
  return body || "An assertion failed";
}

export function gradeRun(run: SandboxTestRun): Grade {
  const total = run.summary.total;
  if (total === 0 || run.tests.length === 0) {
    const why =
      run.status === "timeout"
        ? "Your code took too long (over 5 seconds). Look for a loop that never ends."
        : run.status === "memory"
          ? "Your code used too much memory."
          : run.error
            ? `Your code could not run: ${run.error.type}: ${run.error.message}${run.error.line ? ` (line ${run.error.line})` : ""}`
            : "Your code could not be tested.";
    return { score: 0, passed: false, status: run.status, tests: [], summary: why };
  }
  const tests = run.tests.map((t) => ({
    name: readableTestName(t.name),
    passed: t.passed,
    message: t.passed ? "Passed" : friendlyMessage(t.message) || "This check failed",
  }));
  const passedCount = tests.filter((t) => t.passed).length;
  const score = Math.round((passedCount / total) * 100);
  const summary =
    passedCount === total ? `All ${total} checks passed. Well done!` : `${passedCount} of ${total} checks passed.`;
  return { score, passed: passedCount === total, status: run.status, tests, summary };
}
