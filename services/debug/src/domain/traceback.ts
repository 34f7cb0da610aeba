// Reading a CPython traceback: the exception type and message from the last
// line, and the line number from the last frame in the student's own file.

export interface ParsedError {
  type: string;
  message: string;
  line: number | null;
}

const STUDENT_FILES = /^(main\.py|student\.py|<string>|<stdin>)$/;

export function parseTraceback(traceback: string): ParsedError | undefined {
  const lines = traceback.trimEnd().split("\n");
  const last = [...lines]
    .reverse()
    .find(
      (l) =>
        /^[A-Za-z_][\w.]*(Error|Exception|Warning|Exit|Interrupt|Iteration)?(:|$)/.test(l.trim()) && !l.startsWith(" "),
    );
  if (!last) return undefined;
  const m = /^([A-Za-z_][\w.]*)(?::\s?(.*))?$/.exec(last.trim());
  if (!m) return undefined;
  let line: number | null = null;
  for (const l of lines) {
    const frame = /File "([^"]+)", line (\d+)/.exec(l);
    if (frame && STUDENT_FILES.test(frame[1].split("/").at(-1) ?? "")) line = Number(frame[2]);
  }
  return { type: m[1].split(".").at(-1) ?? m[1], message: m[2] ?? "", line };
}
