"use client";
import { useEffect, useRef } from "react";
import Editor, { loader, type OnMount } from "@monaco-editor/react";
import * as monaco from "monaco-editor/editor/editor.api";
import "monaco-editor/languages/definitions/python/register";

// Monaco from the installed package only — never a CDN — and only what Python
// editing needs. This module is loaded lazily (see code-editor.tsx).

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
}

export default function MonacoEditor({
  value,
  onChange,
  markers = [],
  label,
  height = "320px",
  onRun,
}: MonacoEditorProps) {
  const editorRef = useRef<Parameters<OnMount>[0] | null>(null);
  const runRef = useRef(onRun);
  runRef.current = onRun;

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
      markers.map((m) => ({
        startLineNumber: m.line,
        endLineNumber: m.line,
        startColumn: m.column ?? 1,
        endColumn: m.column ? m.column + 1 : model.getLineMaxColumn(Math.min(m.line, model.getLineCount())),
        message: m.message,
        severity: severity[m.severity],
      })),
    );
  }, [markers]);

  const dark = typeof document !== "undefined" && document.documentElement.classList.contains("dark");
  return (
    <Editor
      height={height}
      language="python"
      theme={dark ? "vs-dark" : "vs"}
      value={value}
      onChange={(v) => onChange(v ?? "")}
      onMount={(editor) => {
        editorRef.current = editor;
        // Ctrl/Cmd+Enter runs; Escape then Tab leaves the editor, so keyboard users are never trapped
        editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => runRef.current?.());
      }}
      options={{
        minimap: { enabled: false },
        fontSize: 15,
        tabSize: 4,
        insertSpaces: true,
        scrollBeyondLastLine: false,
        ariaLabel: label,
        accessibilitySupport: "auto",
        tabFocusMode: false,
        automaticLayout: true,
        wordWrap: "on",
      }}
    />
  );
}
