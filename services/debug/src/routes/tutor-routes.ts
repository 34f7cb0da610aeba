import { debugTutor, sandboxRun } from "@emberlearn/contracts/http";
import type { App, ServiceClient } from "@emberlearn/platform";
import { debugAnswer } from "../domain/tutor-answer.ts";
import { logicCheck } from "../domain/logic.ts";
import { phrase } from "../domain/texts.ts";

// called by triage: run the student's code if no run is given, then explain (continuing the ladder)
export function tutorRoutes(app: App, sandbox: ServiceClient) {
  app.post(
    "/api/debug/tutor",
    {
      schema: {
        tags: ["tutor"],
        summary: "The debugging tutor's offline answer and model context (follow-ups climb the hint ladder)",
        body: debugTutor.body,
        response: { 200: debugTutor.response },
      },
    },
    async (req) => {
      const { code: source = "", lastRun } = req.body;
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
      const act = req.body.action === "check" || !req.body.action ? "answer" : req.body.action;
      const a = debugAnswer(
        { code: source, status: run.status, error: run.error ?? undefined },
        act,
        req.body.hintLevel ?? 1,
      );
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
    },
  );
}
