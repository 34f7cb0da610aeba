import { z } from "zod";
import {
  createEvent,
  enqueueEvents,
  userOf,
  type App,
  type Db,
  type MessagingTables,
  type OutboxRelay,
} from "@emberlearn/platform";
import { reviewCode } from "../domain/review.ts";

const finding = z.object({
  rule: z.string(),
  line: z.number(),
  column: z.number(),
  severity: z.enum(["info", "warning", "error"]),
  message: z.string(),
  suggestion: z.string(),
  source: z.enum(["ruff", "beginner"]),
});
const review = z.object({
  score: z.number(),
  findings: z.array(finding),
  syntaxError: z.object({ line: z.number(), message: z.string() }).optional(),
});
const code = z.string().max(64 * 1024, "must be at most 64 KB of code");

export function reviewRoutes(app: App, deps: { db: Db; tables: MessagingTables; relay: OutboxRelay }) {
  app.post(
    "/api/code-review/review",
    {
      schema: {
        tags: ["code-review"],
        summary: "Findings (Ruff + beginner rules) in plain language, and a 0–100 quality score",
        body: z.object({
          code,
          moduleId: z.string().max(40).optional(),
          exerciseId: z.string().max(80).optional(),
          record: z
            .boolean()
            .default(true)
            .describe("publish code.reviewed (feeds mastery); the exercise service sets false"),
        }),
        response: { 200: review },
      },
    },
    async (req) => {
      const result = await reviewCode(req.body.code);
      if (req.body.record && !result.syntaxError) {
        const event = createEvent(
          "code.reviewed",
          {
            studentId: userOf(req).id,
            score: result.score,
            findings: result.findings.length,
            ...(req.body.moduleId ? { moduleId: req.body.moduleId } : {}),
            ...(req.body.exerciseId ? { exerciseId: req.body.exerciseId } : {}),
          },
          "code-review",
        );
        await deps.db.transaction(async (tx) => enqueueEvents(tx as unknown as Db, deps.tables, [event]));
        deps.relay.poke();
      }
      return result;
    },
  );

  app.post(
    "/api/code-review/tutor",
    {
      schema: {
        tags: ["tutor"],
        summary: "The code-review tutor's offline answer and model context",
        body: z.object({ message: z.string().max(4000), code: code.optional() }).passthrough(),
        response: { 200: z.object({ agent: z.literal("code-review"), offline: z.string(), context: z.string() }) },
      },
    },
    async (req) => {
      if (!req.body.code?.trim())
        return {
          agent: "code-review" as const,
          offline:
            "Paste or write your code in the editor, then ask again. I will look at how readable it is and suggest one or two improvements.",
          context: "",
        };
      const r = await reviewCode(req.body.code);
      if (r.syntaxError)
        return {
          agent: "code-review" as const,
          offline: `Your code does not run yet: line ${r.syntaxError.line} has a syntax problem (${r.syntaxError.message}). Fix that first, then I can review the style.`,
          context: `Syntax error on line ${r.syntaxError.line}: ${r.syntaxError.message}`,
        };
      const top = [...r.findings].sort((a, b) => weight(b.severity) - weight(a.severity)).slice(0, 3);
      const offline =
        top.length === 0
          ? `Quality score **${r.score}/100**. I found nothing to change: clear names, no leftovers, simple structure. Nice work!`
          : `Quality score **${r.score}/100**. Here is what I would look at first:\n\n${top.map((f) => `- **Line ${f.line}:** ${f.message} ${f.suggestion}`).join("\n")}`;
      return {
        agent: "code-review" as const,
        offline,
        context: `Quality score ${r.score}/100. Findings: ${r.findings.map((f) => `line ${f.line} ${f.rule}: ${f.message}`).join("; ")}`,
      };
    },
  );
}

function weight(s: string) {
  return s === "error" ? 3 : s === "warning" ? 2 : 1;
}
