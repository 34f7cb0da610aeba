import type { Grade, GradedTest } from "@emberlearn/contracts/grade";
import type { TestRunResult } from "@emberlearn/contracts/sandbox";

// Turns the sandbox's verdict into what a student reads: a score and one plain sentence per
// test, named by what it checks. The sandbox's tester is the only judge; nothing the student's
// program printed is trusted here. Skipped tests count neither for nor against the student.

export type SandboxTestRun = Pick<TestRunResult, "status" | "tests" | "summary" | "error"> &
  Partial<Pick<TestRunResult, "stdout" | "stderr">>;

// the stored and answered shape is defined once, in the contracts
export type { Grade, GradedTest } from "@emberlearn/contracts/grade";

/** test_adds_two_numbers → "Adds two numbers" (when the sandbox sent no description) */
export function readableTestName(name: string): string {
  const method = name.split(".").pop() ?? name;
  const words =
    method
      .replace(/^test_?/, "")
      .replace(/_/g, " ")
      .trim() || method;
  return words[0].toUpperCase() + words.slice(1);
}

const LIMITS: Record<string, string> = {
  timeout: "Your code took too long. Look for a loop that never ends.",
  memory: "Your code used more memory than allowed.",
  processes: "Your code started too many processes.",
};

function whyNothingRan(run: SandboxTestRun): string {
  if (run.error) {
    const where = run.error.line ? ` (line ${run.error.line})` : "";
    return `Your code could not run: ${run.error.type}: ${run.error.message}${where}`;
  }
  return LIMITS[run.status] ?? "Your code could not be tested.";
}

export function gradeRun(run: SandboxTestRun): Grade {
  const counted = run.tests.filter((t) => t.outcome !== "skipped");
  const failedToLoad = run.status === "error" && run.error;
  if (counted.length === 0 || failedToLoad) {
    return { score: 0, passed: false, status: run.status, tests: [], summary: whyNothingRan(run) };
  }
  const tests: GradedTest[] = run.tests.map((t) => ({
    name: t.description || readableTestName(t.name),
    ...(t.description ? { description: t.description } : {}),
    id: t.name,
    passed: t.passed,
    outcome: t.outcome,
    message: t.passed ? "Passed" : t.message || "This check failed",
    ...(t.call ? { call: t.call } : {}),
    ...(t.expected ? { expected: t.expected } : {}),
    ...(t.actual ? { actual: t.actual } : {}),
  }));
  const passedCount = counted.filter((t) => t.passed).length;
  const total = counted.length;
  const score = Math.round((passedCount / total) * 100);
  const all = passedCount === total && run.status === "ok";
  const summary = all ? `All ${total} checks passed. Well done!` : `${passedCount} of ${total} checks passed.`;
  return { score: all ? 100 : Math.min(score, 99), passed: all, status: run.status, tests, summary };
}

/** One failing test for a teacher: `"what it checks" (Class.method): the plain message`. */
export function describeFailure(t: GradedTest): string {
  return `"${t.name}"${t.id && t.id !== t.name ? ` (${t.id})` : ""}: ${t.message}`;
}
