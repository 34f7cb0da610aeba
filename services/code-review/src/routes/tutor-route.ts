import { codeReviewTutor } from "@emberlearn/contracts/http";
import type { App } from "@emberlearn/platform";
import { reviewCode } from "../domain/review.ts";
import { reviewAnswer } from "../domain/tutor-answer.ts";

// called by triage: the offline answer and model context, knowing whether the code runs and passes
export function tutorRoute(app: App) {
  app.post(
    "/api/code-review/tutor",
    {
      schema: {
        tags: ["tutor"],
        summary: "The code-review tutor's offline answer and model context (no score for code that fails)",
        body: codeReviewTutor.body,
        response: { 200: codeReviewTutor.response },
      },
    },
    async (req) => {
      const topic = { key: "review", label: "a review of your code" };
      if (!req.body.code?.trim())
        return {
          agent: "code-review" as const,
          offline:
            "Paste or write your code in the editor, then ask again. I will look at how readable it is and suggest " +
            "one or two improvements.",
          context: "",
        };
      const r = await reviewCode(req.body.code);
      const run = {
        status: req.body.lastRun?.status,
        errorType: req.body.lastRun?.error?.type,
        line: req.body.lastRun?.error?.line,
        checksPass: req.body.check?.passed,
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
  );
}
