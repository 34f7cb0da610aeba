import type { AgentTool, Guard } from "@emberlearn/platform";
import type { ConversationState } from "./domain/state.ts";
import type { ChatInput } from "./domain/types.ts";
import type { Specialists } from "./repository/specialists.ts";

// The model's tools are our own services, called with the student's own token: run the code, run
// the open exercise's hidden tests (results in words, never the tests), look up a concept, review
// the code, give the next rung of the hint ladder. And its guard: every piece of its answer is
// checked against the exercise's solution by the exercise service before the student sees it.

const codeArg = {
  type: "object",
  properties: { code: { type: "string", description: "Python code; defaults to the student's code" } },
  additionalProperties: false,
};

export function agentTools(
  sp: Specialists,
  input: ChatInput,
  state: ConversationState,
  onHint: (level: number) => void,
): AgentTool[] {
  const exerciseId = input.exerciseId ?? state.exerciseId;
  const codeOf = (a: Record<string, unknown>) =>
    typeof a.code === "string" && a.code.trim() ? a.code : (input.code ?? "");
  const tools: AgentTool[] = [
    {
      name: "run_code",
      description: "Run Python code in EmberLearn's sandbox and see its output or error.",
      parameters: codeArg,
      async run(a) {
        const code = codeOf(a);
        if (!code.trim()) return "There is no code to run.";
        const r = await sp.run(code.slice(0, 20_000));
        if (!r) return "The sandbox is not available right now.";
        const e = r.error
          ? `\nerror: ${r.error.type}: ${r.error.message}${r.error.line ? ` (line ${r.error.line})` : ""}`
          : "";
        return `status: ${r.status}${e}\nstdout:\n${(r.stdout ?? "").slice(0, 1500)}`;
      },
    },
    {
      name: "lookup_concept",
      description: "Look up EmberLearn's explanation of a Python concept.",
      parameters: {
        type: "object",
        properties: { question: { type: "string" } },
        required: ["question"],
        additionalProperties: false,
      },
      async run(a) {
        const reply = await sp.ask("concepts", { message: String(a.question ?? input.message).slice(0, 500) });
        return reply.offline.slice(0, 2500);
      },
    },
    {
      name: "review_code",
      description: "Get EmberLearn's code-quality findings for code that runs.",
      parameters: codeArg,
      async run(a) {
        const code = codeOf(a);
        const run = await sp.run(code);
        return (await sp.ask("code-review", { message: "review", code, lastRun: run })).offline.slice(0, 2500);
      },
    },
  ];
  if (exerciseId)
    tools.push(
      {
        name: "run_tests",
        description:
          "Run the open exercise's hidden tests on code. Says how many pass and the first failing check in words.",
        parameters: codeArg,
        async run(a) {
          const check = await sp.check(exerciseId, codeOf(a));
          if (!check) return "The checks are not available right now.";
          const failing = check.firstFailing
            ? ` First failing check "${check.firstFailing.name}": ${check.firstFailing.explanation}`
            : "";
          const error = check.error ? ` Error: ${check.error.type}: ${check.error.message}` : "";
          return `${check.summary}${failing}${error}`;
        },
      },
      {
        name: "next_hint",
        description:
          "Get the next hint of the exercise's hint ladder (the last one only after the student tried something).",
        parameters: { type: "object", properties: {}, additionalProperties: false },
        async run() {
          const given = state.hints[exerciseId];
          const reply = await sp.ask("exercise", {
            message: input.message,
            exerciseId,
            hintLevel: Math.min((given?.level ?? 0) + 1, 3),
            attempted: given?.attempted ?? false,
          });
          if (reply.hint) onHint(reply.hint.level);
          return reply.hint
            ? `Hint ${reply.hint.level} of ` +
                `${reply.hint.of}${reply.hint.held ? " (the last hint waits for an attempt)" : ""}: ` +
                `${reply.hint.text}`
            : reply.offline;
        },
      },
    );
  return tools;
}

/** With an exercise open, each unit of the answer is checked by the exercise service; on any failure it is refused. */
export function answerGuard(sp: Specialists, exerciseId: string | undefined): Guard {
  if (!exerciseId) return async (unit) => ({ text: unit });
  return async (unit) => (await sp.guard(exerciseId, unit)) ?? { text: "", refuse: true };
}
