"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { CodeEditor } from "@/components/editor/code-editor";
import { bffRequest } from "@/lib/client-api";
import type { Module } from "@/server/types";
import type { AuthoredExercise } from "./types";

// Write or edit an exercise: the statement in Markdown, the starter, the reference solution and
// the hidden tests in the code editor. Saving checks it in the sandbox (the solution must pass, the
// starter must fail); a new one can be kept as a draft until previewed.

const input =
  "mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900";
const TESTS = [
  "import unittest",
  "from student import solve",
  "",
  "",
  "class TestSolve(unittest.TestCase):",
  "    def test_gives_42(self):",
  '        self.assertEqual(solve(), 42, "solve() should return 42")',
  "",
].join("\n");

export function ExerciseForm({ modules, editing }: { modules: Module[]; editing?: AuthoredExercise }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [d, setD] = useState({
    module: editing?.module ?? modules[0]?.id ?? "",
    difficulty: editing?.difficulty ?? "easy",
    title: editing?.title ?? "",
    prompt: editing?.prompt ?? "",
    starter: editing?.starter ?? "def solve():\n    pass\n",
    solution: editing?.solution ?? "def solve():\n    return 42\n",
    tests: editing?.tests ?? TESTS,
    hints: editing?.hints ?? ["", "", ""],
    draft: true,
  });
  const set = (k: keyof typeof d) => (v: unknown) => setD((x) => ({ ...x, [k]: v }));

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setStatus(null);
    const { draft, ...content } = d;
    try {
      const saved = editing
        ? await bffRequest("PUT /api/exercise/exercises/:exerciseId", {
            params: { exerciseId: editing.id },
            body: content,
          })
        : await bffRequest("POST /api/exercise/exercises", { body: { ...content, draft } });
      setStatus({ ok: true, text: `“${saved.title}” passed the sandbox check and was saved (${saved.status}).` });
      router.push(`/teacher/exercises/${saved.id}/preview`);
      router.refresh();
    } catch (err) {
      setStatus({ ok: false, text: (err as Error).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      onSubmit={save}
      className="space-y-3 rounded-md border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
    >
      <h2 className="text-lg font-semibold">{editing ? `Edit “${editing.title}”` : "Write an exercise"}</h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Saved only when your solution passes your tests in the sandbox and the starter fails them. Tests import the
        student's code as <code>student</code>.
      </p>
      <div className="grid grid-cols-2 gap-3">
        <div>
          <label htmlFor="ex-module" className="text-sm font-medium">
            Module
          </label>
          <select id="ex-module" value={d.module} onChange={(e) => set("module")(e.target.value)} className={input}>
            {modules.map((m) => (
              <option key={m.id} value={m.id}>
                {m.title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="ex-diff" className="text-sm font-medium">
            Difficulty
          </label>
          <select
            id="ex-diff"
            value={d.difficulty}
            onChange={(e) => set("difficulty")(e.target.value)}
            className={input}
          >
            <option>easy</option>
            <option>medium</option>
            <option>hard</option>
          </select>
        </div>
      </div>
      <div>
        <label htmlFor="ex-title" className="text-sm font-medium">
          Title
        </label>
        <input
          id="ex-title"
          value={d.title}
          onChange={(e) => set("title")(e.target.value)}
          className={input}
          required
        />
      </div>
      <div>
        <label htmlFor="ex-prompt" className="text-sm font-medium">
          Statement (Markdown)
        </label>
        <textarea
          id="ex-prompt"
          value={d.prompt}
          onChange={(e) => set("prompt")(e.target.value)}
          rows={5}
          className={input}
          required
        />
      </div>
      {(["starter", "solution", "tests"] as const).map((k) => (
        <div key={k} data-testid={`editor-${k}`}>
          <p className="text-sm font-medium">
            {k === "starter"
              ? "Starter code (what students start from)"
              : k === "solution"
                ? "Reference solution"
                : "Hidden unittest tests"}
          </p>
          <CodeEditor value={d[k]} onChange={set(k)} label={`${k} code`} height={k === "tests" ? "220px" : "160px"} />
        </div>
      ))}
      {d.hints.map((h, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the three hints are a fixed ladder: the position is the rung
        <div key={i}>
          <label htmlFor={`ex-hint${i}`} className="text-sm font-medium">
            Hint {i + 1} ({["nudge", "concept", "pointed"][i]})
          </label>
          <input
            id={`ex-hint${i}`}
            value={h}
            onChange={(e) => set("hints")(d.hints.map((x, j) => (j === i ? e.target.value : x)))}
            className={input}
            required
          />
        </div>
      ))}
      {!editing && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={d.draft} onChange={(e) => set("draft")(e.target.checked)} />
          Keep it as a draft until I have previewed it
        </label>
      )}
      <button
        type="submit"
        disabled={busy}
        className="rounded-md bg-orange-700 px-4 py-2 text-white hover:bg-orange-800 disabled:opacity-60"
      >
        {busy ? "Checking in the sandbox…" : editing ? "Check and save changes" : "Check and save"}
      </button>
      <div aria-live="polite">
        {status && (
          <p
            role={status.ok ? "status" : "alert"}
            className={status.ok ? "text-green-800 dark:text-green-300" : "text-red-700 dark:text-red-300"}
          >
            {status.text}
          </p>
        )}
      </div>
    </form>
  );
}
