"use client";
import { useEffect, useRef, useState, type ComponentType } from "react";
import type { MonacoEditorProps } from "./monaco-editor";
import { cx } from "@/lib/cx";

export type { EditorMarker } from "./monaco-editor";

// Monaco is a large download, so the code first shows in a plain text box that already works
// (type, run, submit). By default Monaco is fetched right away, as before. With `lazy` (the
// student's learn and exercise pages) it is fetched only when needed: the pointer comes near the
// box, the box is focused or touched, or there is an error to underline. On a phone that keeps
// the page light until the student actually starts editing.

let loading: Promise<ComponentType<MonacoEditorProps>> | null = null;
const loadMonaco = () => (loading ??= import("./monaco-editor").then((m) => m.default));

export function CodeEditor({ lazy = false, ...props }: MonacoEditorProps & { lazy?: boolean }) {
  const { value, onChange, label, height = "320px", markers = [], onRun } = props;
  const [Monaco, setMonaco] = useState<ComponentType<MonacoEditorProps> | null>(null);
  const [focusAt, setFocusAt] = useState<number | undefined>(undefined);
  const [tabMovesFocus, setTabMovesFocus] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);

  const want = () =>
    void loadMonaco().then((m) => {
      // hand the caret over when the student is already typing in the plain box
      if (box.current && document.activeElement === box.current) setFocusAt(box.current.selectionStart);
      setMonaco(() => m);
    });

  // biome-ignore lint/correctness/useExhaustiveDependencies: want() is a new closure each render
  useEffect(() => {
    if (!lazy || markers.length > 0) want();
  }, [lazy, markers.length]);

  return (
    <div>
      <div
        className="overflow-hidden rounded-md border border-slate-300 dark:border-slate-700"
        data-testid="code-editor"
        data-editor={Monaco ? "monaco" : "plain"}
      >
        {Monaco ? (
          <Monaco {...props} focusAt={focusAt} onTabModeChange={setTabMovesFocus} />
        ) : (
          <textarea
            ref={box}
            aria-label={label}
            value={value}
            spellCheck={false}
            wrap="off"
            autoCapitalize="off"
            autoCorrect="off"
            onChange={(e) => onChange(e.target.value)}
            onPointerEnter={want}
            onFocus={want}
            onTouchStart={want}
            onKeyDown={(e) => {
              if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                onRun?.();
              }
            }}
            style={{ height }}
            className={cx(
              "block w-full resize-none whitespace-pre bg-white p-3 pl-6",
              "font-mono text-[15px] leading-[22px] text-slate-900 dark:bg-[#1e1e1e] dark:text-slate-100",
            )}
          />
        )}
      </div>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400" data-testid="editor-keys">
        {"Keyboard: "}
        <kbd>Ctrl</kbd>+<kbd>Enter</kbd> runs your code. In the editor Tab indents; press <kbd>Esc</kbd> then{" "}
        <kbd>Tab</kbd> to leave it, or <kbd>Ctrl</kbd>+<kbd>M</kbd> to make Tab move focus.
        {tabMovesFocus && (
          <strong className="ml-1" role="status">
            Tab now moves focus (Ctrl+M to indent again).
          </strong>
        )}
      </p>
    </div>
  );
}
