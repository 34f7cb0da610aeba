"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { bff } from "@/lib/client-api";
import type { ExerciseSummary, Module } from "@/server/types";

const input =
  "mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900";
const code = `${input} font-mono text-sm`;

/** Create an exercise (checked in the sandbox), generate a practice one, and assign exercises to classes. */
export function ExerciseStudio({
  modules,
  exercises,
  classes,
}: {
  modules: Module[];
  exercises: ExerciseSummary[];
  classes: { id: string; name: string }[];
}) {
  const router = useRouter();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [draft, setDraft] = useState({
    module: modules[0]?.id ?? "",
    difficulty: "easy",
    title: "",
    prompt: "",
    starter: "def solve():\n    pass\n",
    solution: "",
    tests:
      'import unittest\nfrom student import solve\n\nclass TestSolve(unittest.TestCase):\n    def test_example(self):\n        self.assertEqual(solve(), 42, "solve() should return 42")\n',
    hint1: "",
    hint2: "",
    hint3: "",
  });
  const set =
    (k: keyof typeof draft) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      setDraft((d) => ({ ...d, [k]: e.target.value }));

  async function act(fn: () => Promise<string>) {
    setBusy(true);
    setStatus(null);
    try {
      setStatus({ ok: true, text: await fn() });
      router.refresh();
    } catch (err) {
      setStatus({ ok: false, text: (err as Error).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form
        className="space-y-3 rounded-md border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
        onSubmit={(e) => {
          e.preventDefault();
          void act(async () => {
            const { hint1, hint2, hint3, ...rest } = draft;
            const created = await bff<{ id: string; title: string }>("exercise/exercises", {
              method: "POST",
              json: { ...rest, hints: [hint1, hint2, hint3] },
            });
            return `“${created.title}” was checked in the sandbox and saved.`;
          });
        }}
      >
        <h2 className="text-lg font-semibold">Create an exercise</h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          It is accepted only when your solution passes your tests in the sandbox and the starter code fails them. Tests
          import the student's code as <code>student</code>.
        </p>
        <div className="grid grid-cols-2 gap-3">
          <div>
            <label htmlFor="ex-module" className="text-sm font-medium">
              Module
            </label>
            <select id="ex-module" value={draft.module} onChange={set("module")} className={input}>
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
            <select id="ex-diff" value={draft.difficulty} onChange={set("difficulty")} className={input}>
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
          <input id="ex-title" value={draft.title} onChange={set("title")} className={input} required />
        </div>
        <div>
          <label htmlFor="ex-prompt" className="text-sm font-medium">
            Statement (Markdown)
          </label>
          <textarea id="ex-prompt" value={draft.prompt} onChange={set("prompt")} rows={4} className={input} required />
        </div>
        <div>
          <label htmlFor="ex-starter" className="text-sm font-medium">
            Starter code
          </label>
          <textarea id="ex-starter" value={draft.starter} onChange={set("starter")} rows={3} className={code} />
        </div>
        <div>
          <label htmlFor="ex-solution" className="text-sm font-medium">
            Reference solution
          </label>
          <textarea
            id="ex-solution"
            value={draft.solution}
            onChange={set("solution")}
            rows={4}
            className={code}
            required
          />
        </div>
        <div>
          <label htmlFor="ex-tests" className="text-sm font-medium">
            Hidden unittest tests
          </label>
          <textarea id="ex-tests" value={draft.tests} onChange={set("tests")} rows={6} className={code} required />
        </div>
        {(["hint1", "hint2", "hint3"] as const).map((h, i) => (
          <div key={h}>
            <label htmlFor={`ex-${h}`} className="text-sm font-medium">
              Hint {i + 1} ({["nudge", "concept", "pointed"][i]})
            </label>
            <input id={`ex-${h}`} value={draft[h]} onChange={set(h)} className={input} required />
          </div>
        ))}
        <button
          disabled={busy}
          className="rounded-md bg-orange-700 px-4 py-2 text-white hover:bg-orange-800 disabled:opacity-60"
        >
          {busy ? "Checking in the sandbox…" : "Check and save"}
        </button>
      </form>

      <div className="space-y-6">
        <form
          className="space-y-3 rounded-md border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
          onSubmit={(e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            void act(async () => {
              const g = await bff<{ id: string; title: string }>("exercise/generate", {
                method: "POST",
                json: { module: f.get("module"), difficulty: f.get("difficulty") },
              });
              return `Generated “${g.title}” — its solution passed its tests in the sandbox.`;
            });
          }}
        >
          <h2 className="text-lg font-semibold">Generate a practice exercise</h2>
          <div className="grid grid-cols-2 gap-3">
            <div>
              <label htmlFor="gen-module" className="text-sm font-medium">
                Module
              </label>
              <select id="gen-module" name="module" className={input}>
                {modules.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.title}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="gen-diff" className="text-sm font-medium">
                Difficulty
              </label>
              <select id="gen-diff" name="difficulty" className={input}>
                <option>easy</option>
                <option>medium</option>
                <option>hard</option>
              </select>
            </div>
          </div>
          <button
            disabled={busy}
            className="rounded-md bg-slate-800 px-4 py-2 text-white disabled:opacity-60 dark:bg-slate-200 dark:text-slate-900"
          >
            Generate
          </button>
        </form>

        <form
          className="space-y-3 rounded-md border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
          onSubmit={(e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            void act(async () => {
              await bff("exercise/assignments", {
                method: "POST",
                json: { classId: f.get("classId"), exerciseId: f.get("exerciseId") },
              });
              return "Assigned.";
            });
          }}
        >
          <h2 className="text-lg font-semibold">Assign to a class</h2>
          <div>
            <label htmlFor="as-ex" className="text-sm font-medium">
              Exercise
            </label>
            <select id="as-ex" name="exerciseId" className={input}>
              {exercises.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.title} ({x.module}, {x.difficulty})
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="as-class" className="text-sm font-medium">
              Class
            </label>
            <select id="as-class" name="classId" className={input}>
              {classes.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <button
            disabled={busy || classes.length === 0}
            className="rounded-md bg-slate-800 px-4 py-2 text-white disabled:opacity-60 dark:bg-slate-200 dark:text-slate-900"
          >
            Assign
          </button>
        </form>
        <div aria-live="polite">
          {status && (
            <p
              role="status"
              className={status.ok ? "text-green-800 dark:text-green-300" : "text-red-700 dark:text-red-300"}
            >
              {status.text}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
