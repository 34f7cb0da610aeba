import type { z } from "zod";
import { type debugTutor, sandboxRun } from "@emberlearn/contracts/http";
import type { ServiceClient } from "@emberlearn/platform";
import { debugAnswer } from "../domain/tutor-answer.ts";
import { logicCheck } from "../domain/logic.ts";
import { phrase } from "../domain/texts.ts";

// The debugging tutor, called by triage: run the student's code if no run is given, then explain
// (follow-ups climb the hint ladder). A sandbox that cannot answer leaves the logic check.

type TutorRequest = z.infer<typeof debugTutor.body>;

export function createDebugTutor(sandbox: ServiceClient) {
  return async function answer(req: TutorRequest) {
    const { code: source = "", lastRun } = req;
    if (!source.trim() && !lastRun?.error)
      return {
        agent: "debug" as const,
        offline: phrase("tutor-no-code"),
        context: "",
      };
    const run =
      lastRun ??
      (await sandbox.request(sandboxRun, { body: { code: source }, timeoutMs: 10_000 }).catch(() => undefined));
    if (!run || run.status === "ok") {
      const logic = logicCheck(source, run?.stdout ?? "");
      return {
        agent: "debug" as const,
        offline: logic,
        context: `The program ran without an error. Output: ${(run?.stdout ?? "").slice(0, 500)}`,
        topic: { key: "debug:logic", label: phrase("topic-logic") },
      };
    }
    const act = req.action === "check" || !req.action ? "answer" : req.action;
    const a = debugAnswer({ code: source, status: run.status, error: run.error ?? undefined }, act, req.hintLevel ?? 1);
    const e = a.explanation;
    return {
      agent: "debug" as const,
      offline: a.text,
      hintLevel: a.hintLevel,
      topic: {
        key: `error:${e.errorType}`,
        label: e.line
          ? phrase("topic-error-line", { type: e.errorType, line: String(e.line) })
          : phrase("topic-error", { type: e.errorType }),
      },
      // for the model, not the student: what happened and what the offline tutor would say
      context:
        `Error ${e.errorType}${e.line ? ` on line ${e.line}` : ""}: ${run.error?.message ?? run.status}. ` +
        `Offline explanation: ${e.explanation} Hints (give one at a time): ${e.hints.join(" | ")}`,
    };
  };
}

export type DebugTutor = ReturnType<typeof createDebugTutor>;
