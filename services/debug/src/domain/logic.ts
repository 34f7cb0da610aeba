// A program that runs without an error but (the student says) gives the wrong result: look for
// the beginner's classic causes in what it printed and in its code, then suggest tracing the values.

export function logicCheck(code: string, stdout: string): string {
  const shown = stdout.trim()
    ? `It printed:\n\n\`\`\`\n${stdout.trim().split("\n").slice(0, 6).join("\n").slice(0, 400)}\n\`\`\`\n\n`
    : "";
  const printsNone = /\bNone\b/.test(stdout);
  const silent = [...code.matchAll(/^\s*def\s+(\w+)\s*\(/gm)]
    .map((m) => m[1])
    .find((f) => !returnsValue(code, f) && new RegExp(`(print\\(|=|\\+|\\{)[^\\n]*\\b${f}\\s*\\(`).test(code));
  if (printsNone && silent)
    return `${shown}Your program runs, but it shows \`None\` where a value should be. \`${silent}()\` prints its answer instead of handing it back with \`return\`, so the line that uses \`${silent}(...)\` gets \`None\`.\n\nWhich line of \`${silent}\` should \`return\` the value instead of printing it?`;
  if (silent)
    return `${shown}Your program runs without an error message, so the problem is in what it computes. One thing stands out: \`${silent}()\` has no \`return\`, so whatever uses its result gets \`None\`.\n\nWhat should \`${silent}\` hand back to the code that calls it?`;
  return `${shown}Your program runs without an error message, so Python is doing exactly what the code says — the question is where that differs from what you meant. Pick one input, work out by hand what each line should give, then add a \`print\` inside the loop or function to see the real values.\n\nWhich step is the first one where the real value differs from yours?`;
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
