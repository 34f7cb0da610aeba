"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import type { ApiInput } from "@/lib/api-routes";
import { bffRequest } from "@/lib/client-api";
import type { Module } from "@/server/types";
import { cx } from "@/lib/cx";

// Two ways to get an exercise without writing it: generate one (a draft, checked in the sandbox)
// or import a folder in the published layout (.meta/config.json, <slug>.py, <slug>_test.py,
// .meta/example.py, .docs/instructions.md). Both land as drafts: review the preview, then publish.

const input =
  "mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900";
const box = "space-y-3 rounded-md border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900";
const MAX_BYTES = 240 * 1024;
type Difficulty = ApiInput<"POST /api/exercise/generate">["body"]["difficulty"];

/** the form's module and difficulty (the select offers only the three difficulties; the server checks both) */
const picked = (f: FormData) => ({ module: String(f.get("module")), difficulty: f.get("difficulty") as Difficulty });

function ModuleAndDifficulty({ prefix, modules }: { prefix: string; modules: Module[] }) {
  return (
    <div className="grid grid-cols-2 gap-3">
      <div>
        <label htmlFor={`${prefix}-module`} className="text-sm font-medium">
          Module
        </label>
        <select id={`${prefix}-module`} name="module" className={input}>
          {modules.map((m) => (
            <option key={m.id} value={m.id}>
              {m.title}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${prefix}-diff`} className="text-sm font-medium">
          Difficulty
        </label>
        <select id={`${prefix}-diff`} name="difficulty" className={input}>
          <option>easy</option>
          <option>medium</option>
          <option>hard</option>
        </select>
      </div>
    </div>
  );
}

/** The folder the teacher picked, as relative path → text (the top folder's own name dropped). */
async function readFolder(list: FileList): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  let total = 0;
  for (const f of Array.from(list)) {
    const path = (f.webkitRelativePath || f.name).split("/").slice(1).join("/") || f.name;
    total += f.size;
    if (total > MAX_BYTES)
      throw new Error("This folder is larger than 240 KB; leave out anything but the exercise's files.");
    files[path] = await f.text();
  }
  return files;
}

export function GenerateAndImport({ modules }: { modules: Module[] }) {
  const router = useRouter();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  async function run(fn: () => Promise<{ id: string; title: string }>) {
    setBusy(true);
    setStatus(null);
    try {
      const made = await fn();
      setStatus({ ok: true, text: `“${made.title}” is a draft: review it, then publish it.` });
      router.push(`/teacher/exercises/${made.id}/preview`);
    } catch (err) {
      setStatus({ ok: false, text: (err as Error).message });
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="space-y-6">
      <form
        className={box}
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          void run(() => bffRequest("POST /api/exercise/generate", { body: picked(f) }));
        }}
      >
        <h2 className="text-lg font-semibold">Generate a practice exercise</h2>
        <p className="text-sm">It is saved as a draft that only you see, so you can review it before students do.</p>
        <ModuleAndDifficulty prefix="gen" modules={modules} />
        <button
          type="submit"
          disabled={busy}
          className={cx(
            "rounded-md bg-slate-800 px-4 py-2 text-white disabled:opacity-60",
            "dark:bg-slate-200 dark:text-slate-900",
          )}
        >
          Generate a draft
        </button>
      </form>
      <form
        className={box}
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const f = new FormData(form);
          const folder = (form.elements.namedItem("folder") as HTMLInputElement).files;
          void run(async () => {
            if (!folder || folder.length === 0) throw new Error("Choose the exercise's folder first.");
            return bffRequest("POST /api/exercise/studio/import", {
              body: { files: await readFolder(folder), ...picked(f) },
            });
          });
        }}
      >
        <h2 className="text-lg font-semibold">Import an exercise folder</h2>
        <p className="text-sm">
          {"A folder in the published layout: "}
          <code>&lt;slug&gt;.py</code> (the stub), <code>&lt;slug&gt;_test.py</code>, <code>.meta/example.py</code> (the
          reference solution), <code>.docs/instructions.md</code>. It is checked in the sandbox and saved as a draft.
        </p>
        <div>
          <label htmlFor="import-folder" className="text-sm font-medium">
            Folder
          </label>
          <input
            id="import-folder"
            name="folder"
            type="file"
            multiple
            className={input}
            {...({ webkitdirectory: "", directory: "" } as Record<string, string>)}
          />
        </div>
        <ModuleAndDifficulty prefix="imp" modules={modules} />
        <button
          type="submit"
          disabled={busy}
          className={cx(
            "rounded-md bg-slate-800 px-4 py-2 text-white disabled:opacity-60",
            "dark:bg-slate-200 dark:text-slate-900",
          )}
        >
          Check and import as a draft
        </button>
      </form>
      <div aria-live="polite">
        {status && (
          <p
            role={status.ok ? "status" : "alert"}
            className={status.ok ? "text-green-800 dark:text-green-300" : "text-red-700 dark:text-red-300"}
          >
            {busy ? "Working…" : status.text}
          </p>
        )}
      </div>
    </div>
  );
}
