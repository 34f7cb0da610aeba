import type { z } from "zod";
import type { codeReview, codeReviewTutor } from "@emberlearn/contracts/http";
import type { Emitter } from "@emberlearn/platform";
import { reviewCode } from "../domain/review.ts";
import { reviewAnswer } from "../domain/tutor-answer.ts";

// The code-review use cases: a review (recorded as code.reviewed when asked, so it counts towards mastery),
// and the tutor's answer for triage, which knows whether the code runs and passes its checks.

type ReviewRequest = z.infer<typeof codeReview.body>;
type TutorRequest = z.infer<typeof codeReviewTutor.body>;

export function createReviewService(deps: { events: Emitter }) {
  return {
    async review(studentId: string, req: ReviewRequest) {
      const result = await reviewCode(req.code);
      // code that does not parse has no quality to record
      if (req.record && !result.syntaxError) {
        const data = {
          studentId,
          score: result.score,
          findings: result.findings.length,
          ...(req.moduleId ? { moduleId: req.moduleId } : {}),
          ...(req.exerciseId ? { exerciseId: req.exerciseId } : {}),
        };
        await deps.events.transaction((tx) => deps.events.emit(tx, "code.reviewed", data));
      }
      return result;
    },

    async tutor(req: TutorRequest) {
      const topic = { key: "review", label: "a review of your code" };
      if (!req.code?.trim())
        return {
          agent: "code-review" as const,
          offline:
            "Paste or write your code in the editor, then ask again. I will look at how readable it is and suggest " +
            "one or two improvements.",
          context: "",
        };
      const r = await reviewCode(req.code);
      const run = {
        status: req.lastRun?.status,
        errorType: req.lastRun?.error?.type,
        line: req.lastRun?.error?.line,
        checksPass: req.check?.passed,
      };
      const failing = (run.status && run.status !== "ok") || run.checksPass === false;
      return {
        agent: "code-review" as const,
        offline: reviewAnswer(r, run),
        topic,
        context: r.syntaxError
          ? `Syntax error on line ${r.syntaxError.line}: ${r.syntaxError.message}`
          : `${failing ? "The code does not work yet (no score, no praise)." : `Quality score ${r.score}/100.`} ` +
            `Findings: ${r.findings.map((f) => `line ${f.line} ${f.rule}: ${f.message}`).join("; ")}`,
      };
    },
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;
