"use client";
import { useEffect, useRef } from "react";
import Editor, { loader, type OnMount } from "@monaco-editor/react";
import * as monaco from "monaco-editor/editor/editor.api";
import "monaco-editor/languages/definitions/python/register";

// Monaco from the installed package only — never a CDN — and only what Python
// editing needs. This module is loaded on demand (see code-editor.tsx).

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

if (typeof window !== "undefined" && !window.MonacoEnvironment) {
  window.MonacoEnvironment = {
    getWorker: () => new Worker(new URL("monaco-editor/editor/editor.worker.js", import.meta.url), { type: "module" }),
  };
}
loader.config({ monaco });

export interface EditorMarker {
  line: number;
  column?: number;
  message: string;
  severity: "error" | "warning" | "info";
}

export interface MonacoEditorProps {
  value: string;
  onChange(value: string): void;
  markers?: EditorMarker[];
  label: string;
  height?: string;
  onRun?(): void;
  /** focus the editor once it has loaded, with the caret at this character offset */
  focusAt?: number;
  /** told when Ctrl+M switches Tab between indenting and moving focus */
  onTabModeChange?(tabMovesFocus: boolean): void;
}

const isDark = () => typeof document !== "undefined" && document.documentElement.classList.contains("dark");

export default function MonacoEditor({
  value,
  onChange,
  markers = [],
  label,
  height = "320px",
  onRun,
  focusAt,
  onTabModeChange,
}: MonacoEditorProps) {
  const editorRef = useRef<Parameters<OnMount>[0] | null>(null);
  const runRef = useRef(onRun);
  runRef.current = onRun;
  const tabModeRef = useRef(onTabModeChange);
  tabModeRef.current = onTabModeChange;

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    const severity = {
      error: monaco.MarkerSeverity.Error,
      warning: monaco.MarkerSeverity.Warning,
      info: monaco.MarkerSeverity.Info,
    };
    monaco.editor.setModelMarkers(
      model,
      "emberlearn",
      markers.map((m) => {
        const line = Math.min(Math.max(m.line, 1), model.getLineCount());
        return {
          startLineNumber: line,
          endLineNumber: line,
          startColumn: m.column ?? 1,
          endColumn: m.column ? m.column + 1 : model.getLineMaxColumn(line),
          message: m.message,
          severity: severity[m.severity],
        };
      }),
    );
  }, [markers]);

  // the editor follows the app's theme toggle (a class on <html>), not only the theme it was opened in
  useEffect(() => {
    const observer = new MutationObserver(() => monaco.editor.setTheme(isDark() ? "vs-dark" : "vs"));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
    return () => observer.disconnect();
  }, []);

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => runRef.current?.());
    // Keyboard users are never trapped: Esc then Tab (or Shift+Tab) leaves the editor, and Ctrl+M
    // makes Tab move focus until pressed again. Both use Monaco's own tab-focus mode.
    let sticky = false;
    let armed = false;
    const apply = () => editor.updateOptions({ tabFocusMode: sticky || armed });
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyM, () => {
      sticky = !sticky;
      apply();
      tabModeRef.current?.(sticky);
    });
    editor.onKeyDown((e) => {
      if (e.keyCode === monaco.KeyCode.Escape) {
        // Esc that closes a suggestion list only closes it
        const widgetOpen = editor.getDomNode()?.querySelector(".suggest-widget.visible, .find-widget.visible");
        armed = !widgetOpen;
      } else if (e.keyCode !== monaco.KeyCode.Tab && e.keyCode !== monaco.KeyCode.Shift) armed = false;
      apply();
    });
    editor.onDidBlurEditorText(() => {
      armed = false;
      apply();
    });
    if (focusAt !== undefined) {
      const model = editor.getModel();
      if (model) editor.setPosition(model.getPositionAt(focusAt));
      editor.focus();
    }
  };

  return (
    <Editor
      height={height}
      language="python"
      theme={isDark() ? "vs-dark" : "vs"}
      value={value}
      onChange={(v) => onChange(v ?? "")}
      onMount={onMount}
      options={{
        minimap: { enabled: false },
        fontSize: 15,
        tabSize: 4,
        insertSpaces: true,
        scrollBeyondLastLine: false,
        ariaLabel: `${label}. Press Escape then Tab to leave the editor.`,
        accessibilitySupport: "auto",
        tabFocusMode: false,
        automaticLayout: true,
        wordWrap: "off",
      }}
    />
  );
}
