import type { Node, Tree } from "web-tree-sitter";
import type { Finding } from "./finding.ts";

// Habits that make a program wrong or hard to change, on tree-sitter's tree: a function that prints
// its answer while its caller uses the result (which is None), and blocks of lines copied and pasted.

function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.namedChildren) if (child) yield* walk(child);
}

const pos = (n: Node) => ({ line: n.startPosition.row + 1, column: n.startPosition.column + 1 });

export function habitFindings(tree: Tree, code: string): Finding[] {
  return [...printInsteadOfReturn(tree), ...duplicateBlocks(code)];
}

function printInsteadOfReturn(tree: Tree): Finding[] {
  const findings: Finding[] = [];
  const defs = [...walk(tree.rootNode)].filter((n) => n.type === "function_definition");
  for (const def of defs) {
    const name = def.childForFieldName("name")?.text;
    const body = def.childForFieldName("body");
    if (!name || !body) continue;
    const inner = [...walk(body)].filter((n) => !isInsideNestedDef(n, def));
    const prints = inner.some((n) => n.type === "call" && n.childForFieldName("function")?.text === "print");
    const returnsValue = inner.some(
      (n) => n.type === "return_statement" && n.namedChildren.some((c) => c && c.type !== "none"),
    );
    if (!prints || returnsValue) continue;
    // only when some caller uses the result: then it really is None
    const used = [...walk(tree.rootNode)].some(
      (n) =>
        n.type === "call" &&
        n.childForFieldName("function")?.text === name &&
        n.parent !== null &&
        n.parent.type !== "expression_statement",
    );
    if (used)
      findings.push({
        rule: "print-instead-of-return",
        ...pos(def),
        severity: "error",
        source: "beginner",
        message:
          `\`${name}\` prints its answer but does not return it, so the code that uses \`${name}(...)\` ` +
          `gets \`None\`.`,
        suggestion: `Hand the answer back with \`return\`, and print it where \`${name}\` is called.`,
      });
  }
  return findings;
}

function isInsideNestedDef(n: Node, outer: Node): boolean {
  for (let p = n.parent; p && p.id !== outer.id; p = p.parent) if (p.type === "function_definition") return true;
  return false;
}

const MIN_LINES = 3;

/** The same run of 3+ non-trivial lines (up to renamed variables and changed values) appearing twice. */
function duplicateBlocks(code: string): Finding[] {
  const lines = code.split("\n").map((l) => l.trim());
  const seen = new Map<string, number>();
  const findings: Finding[] = [];
  const reported = new Set<number>();
  for (let i = 0; i + MIN_LINES <= lines.length; i++) {
    const window = lines.slice(i, i + MIN_LINES);
    if (window.some((l) => l.length < 6 || l.startsWith("#")) || new Set(window).size < 2) continue;
    const key = shape(window);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, i);
      continue;
    }
    if (first + MIN_LINES > i || reported.has(first)) continue;
    // grow the copy as far as it goes, and report it once
    let size = MIN_LINES;
    while (
      first + size < i &&
      i + size < lines.length &&
      shape(lines.slice(first, first + size + 1)) === shape(lines.slice(i, i + size + 1))
    )
      size++;
    for (let k = 0; k < size; k++) reported.add(first + k);
    const copy = `Lines ${i + 1}–${i + size}`;
    findings.push({
      rule: "duplicate-block",
      line: i + 1,
      column: 1,
      severity: "warning",
      source: "beginner",
      message: `${copy} repeat lines ${first + 1}–${first + size} with only names or values changed.`,
      suggestion: "Put the repeated lines in a function (or a loop) and use it twice, so a fix happens in one place.",
    });
    i += size - 1;
  }
  return findings;
}

const KEEP = new Set(
  "if else elif for while in return print def and or not input int str float len range is None True False".split(" "),
);

/** A window's shape: literals become S/N, each variable a numbered placeholder (a pasted copy renames them). */
function shape(window: string[]): string {
  const names = new Map<string, string>();
  return window
    .map((l) =>
      l
        .replace(/(["'])(?:\\.|(?!\1).)*\1/g, "S")
        .replace(/\b\d+(\.\d+)?\b/g, "N")
        .replace(/\b[A-Za-z_]\w*\b/g, (w) => {
          if (KEEP.has(w)) return w;
          const known = names.get(w);
          if (known) return known;
          const fresh = `v${names.size}`;
          names.set(w, fresh);
          return fresh;
        }),
    )
    .join("\n");
}
