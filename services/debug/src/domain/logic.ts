import { phrase } from "./texts.ts";

// A program that runs without an error but (the student says) gives the wrong result: look for
// the beginner's classic causes in what it printed and in its code, then suggest tracing the values
// (the words: content/debug/logic.yaml).

export function logicCheck(code: string, stdout: string): string {
  const output = stdout.trim().split("\n").slice(0, 6).join("\n").slice(0, 400);
  const shown = stdout.trim() ? `${phrase("logic-printed", { output })}\n\n` : "";
  const printsNone = /\bNone\b/.test(stdout);
  const silent = [...code.matchAll(/^\s*def\s+(\w+)\s*\(/gm)]
    .map((m) => m[1])
    .find((f) => !returnsValue(code, f) && new RegExp(`(print\\(|=|\\+|\\{)[^\\n]*\\b${f}\\s*\\(`).test(code));
  if (printsNone && silent) return shown + phrase("logic-prints-none", { name: silent });
  if (silent) return shown + phrase("logic-no-return", { name: silent });
  return shown + phrase("logic-trace");
}

function returnsValue(code: string, name: string): boolean {
  const lines = code.split("\n");
  const start = lines.findIndex((l) => new RegExp(`^(\\s*)def\\s+${name}\\s*\\(`).test(l));
  const indent = lines[start]?.search(/\S/) ?? 0;
  for (let i = start + 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.trim() && l.search(/\S/) <= indent) break;
    if (/^\s*return\s+(?!None\s*$)\S/.test(l)) return true;
  }
  return false;
}
