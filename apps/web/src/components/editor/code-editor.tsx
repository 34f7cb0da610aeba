"use client";
import dynamic from "next/dynamic";
import type { MonacoEditorProps } from "./monaco-editor";

export type { EditorMarker } from "./monaco-editor";

// Monaco is a large download: it is split into its own chunk and fetched only
// when a page with an editor renders, after the page itself is interactive.
const MonacoEditor = dynamic(() => import("./monaco-editor"), {
  ssr: false,
  loading: () => (
    <div
      className="flex h-[320px] items-center justify-center rounded-md border border-slate-300 bg-white text-sm text-slate-600 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-400"
      role="status"
    >
      Loading the editor…
    </div>
  ),
});

export function CodeEditor(props: MonacoEditorProps) {
  return (
    <div>
      <div
        className="overflow-hidden rounded-md border border-slate-300 dark:border-slate-700"
        data-testid="code-editor"
      >
        <MonacoEditor {...props} />
      </div>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        Keyboard: <kbd>Ctrl</kbd>+<kbd>Enter</kbd> runs your code. Tab indents; press <kbd>Ctrl</kbd>+<kbd>M</kbd> first
        to make Tab leave the editor.
      </p>
    </div>
  );
}
