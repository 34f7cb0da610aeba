import type { AlertDetails } from "@emberlearn/contracts/http";
import type { Activity, ModuleCatalog } from "./activity.ts";
import { adviceFor } from "./advice.ts";
import type { Detection } from "./struggle.ts";

// An alert a teacher can act on without opening five pages: what it is about (the exercise, the
// quiz or the module), the code and the error it is about, the facts behind it, what to try.

// the shape is the alert's HTTP contract (the web app shows it): stored with the alert, read back through it
export { alertDetailsSchema, type AlertDetails } from "@emberlearn/contracts/http";

const MAX_CODE = 8000;

export function alertDetails(d: Detection, catalog: ModuleCatalog[], history: Activity[]): AlertDetails {
  const module = catalog.find((m) => m.id === d.moduleId);
  const titleOf = exerciseTitles(catalog, history);
  const withCode = [...d.evidence].reverse().find((e) => "code" in e && typeof e.code === "string");
  const latest = d.evidence.at(-1);
  const focus = (withCode ?? latest) as Activity | undefined;
  const graded = focus?.kind === "graded" ? focus : undefined;
  const run = focus?.kind === "run" ? focus : undefined;
  const error =
    graded?.error ?? run?.error ?? (run?.errorType ? { type: run.errorType, message: null, line: null } : null);
  const failingChecks = graded?.failures?.slice(0, 5) ?? [];
  const question = d.evidence.find((e) => e.kind === "question");
  const quiz = d.evidence.find((e) => e.kind === "quiz");
  const subject = quiz
    ? { kind: "quiz" as const, id: quiz.quizId, title: `${module?.title ?? quiz.moduleId} quiz` }
    : d.exerciseId
      ? { kind: "exercise" as const, id: d.exerciseId, title: titleOf(d.exerciseId) ?? d.exerciseId }
      : question
        ? { kind: "conversation" as const, id: question.id, title: "A question to the tutor" }
        : { kind: "module" as const, id: d.moduleId ?? "", title: module?.title ?? "Code outside an exercise" };
  return {
    subject,
    module: module ? { id: module.id, title: module.title } : null,
    code: focus && "code" in focus && typeof focus.code === "string" ? focus.code.slice(0, MAX_CODE) : null,
    codeFrom: withCode ? (withCode.kind === "graded" ? "submission" : "run") : null,
    evidenceId: focus?.id ?? null,
    submissionId: graded?.submissionId ?? null,
    error: error ?? null,
    failingChecks,
    message: question && question.kind === "question" ? question.message : null,
    facts: factsOf(d),
    advice: adviceFor(d.trigger, {
      errorType: error?.type,
      failingCheck: failingChecks[0] ? `${failingChecks[0].name}: ${failingChecks[0].message}` : undefined,
      line: error?.line ?? null,
    }),
  };
}

/** Titles of exercises: the curriculum's, or the one a grade event carried (teachers' own exercises). */
export function exerciseTitles(catalog: ModuleCatalog[], history: Activity[]) {
  const titles = new Map<string, string>();
  for (const m of catalog) for (const e of m.exercises) titles.set(e.id, e.title);
  for (const a of history) if (a.kind === "graded" && a.exerciseTitle) titles.set(a.exerciseId, a.exerciseTitle);
  return (id: string) => titles.get(id);
}

function factsOf(d: Detection): string[] {
  const first = d.evidence[0];
  const last = d.evidence.at(-1);
  if (!first || !last) return [];
  const runs = d.evidence.filter((e) => e.kind === "run").length;
  const subs = d.evidence.filter((e) => e.kind === "graded").length;
  const span = Math.round((Date.parse(last.time) - Date.parse(first.time)) / 1000);
  const counted = [runs && `${runs} run${runs === 1 ? "" : "s"}`, subs && `${subs} submission${subs === 1 ? "" : "s"}`]
    .filter(Boolean)
    .join(" and ");
  const facts = [d.summary];
  if (counted) facts.push(`Evidence: ${counted} over ${formatSpan(span)}.`);
  return facts;
}

function formatSpan(seconds: number): string {
  if (seconds < 90) return `${seconds} s`;
  return `${Math.round(seconds / 60)} min`;
}
