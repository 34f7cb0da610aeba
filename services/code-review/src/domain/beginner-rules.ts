import { createRequire } from "node:module";
import { Language, Parser, type Node } from "web-tree-sitter";
import type { Finding } from "./finding.ts";
import { habitFindings } from "./habit-rules.ts";

// Our own beginner rules, on tree-sitter's Python syntax tree: habits Ruff does
// not flag but teachers correct every day.

let parser: Parser | undefined;
export async function initParser(): Promise<void> {
  if (parser) return;
  await Parser.init();
  const wasm = createRequire(import.meta.url).resolve("tree-sitter-python/tree-sitter-python.wasm");
  const language = await Language.load(wasm);
  parser = new Parser();
  parser.setLanguage(language);
}

const LOOP_NAMES = new Set(["i", "j", "k", "n", "x", "y", "_"]);
const BLOCKS = new Set(["if_statement", "for_statement", "while_statement", "try_statement", "with_statement"]);
const MAX_DEPTH = 3;

function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.namedChildren) if (child) yield* walk(child);
}

const pos = (n: Node) => ({ line: n.startPosition.row + 1, column: n.startPosition.column + 1 });

export function beginnerFindings(code: string): Finding[] {
  if (!parser) throw new Error("initParser() first");
  const tree = parser.parse(code);
  if (!tree) return [];
  const findings: Finding[] = [];
  const seenNames = new Set<string>();
  for (const node of walk(tree.rootNode)) {
    // for i in range(len(items)): items[i]
    if (node.type === "for_statement") {
      const right = node.childForFieldName("right");
      if (right?.type === "call" && right.childForFieldName("function")?.text === "range") {
        const args = right.childForFieldName("arguments")?.namedChildren ?? [];
        const inner = args.length === 1 ? args[0] : undefined;
        if (inner?.type === "call" && inner.childForFieldName("function")?.text === "len") {
          const seq = inner.childForFieldName("arguments")?.namedChildren[0]?.text ?? "the list";
          findings.push({
            rule: "range-len",
            ...pos(node),
            severity: "info",
            source: "beginner",
            message: `The loop counts positions with range(len(${seq})) to reach each item.`,
            suggestion:
              `Loop over the items directly: \`for item in ${seq}:\`. If you also need the position, use ` +
              `\`enumerate(${seq})\`.`,
          });
        }
      }
    }
    // one-letter names, outside loops and comprehensions where they are a habit
    if (node.type === "assignment" || node.type === "parameters") {
      const targets = node.type === "assignment" ? [node.childForFieldName("left")] : node.namedChildren;
      for (const t of targets) {
        if (t?.type !== "identifier" || t.text.length !== 1 || LOOP_NAMES.has(t.text) || seenNames.has(t.text))
          continue;
        seenNames.add(t.text);
        findings.push({
          rule: "one-letter-name",
          ...pos(t),
          severity: "info",
          source: "beginner",
          message: `The name \`${t.text}\` is a single letter, so readers must guess what it holds.`,
          suggestion: "Choose a name that says what the value means, like `total` or `price`.",
        });
      }
    }
    // deep nesting
    if (BLOCKS.has(node.type)) {
      let depth = 1;
      for (let p = node.parent; p; p = p.parent) if (BLOCKS.has(p.type)) depth++;
      const nestedChild = [...walk(node)].slice(1).some((d) => BLOCKS.has(d.type));
      if (depth > MAX_DEPTH && !nestedChild) {
        findings.push({
          rule: "deep-nesting",
          ...pos(node),
          severity: "warning",
          source: "beginner",
          message: `This code is nested ${depth} levels deep, which is hard to follow.`,
          suggestion: "Move the inner part into its own function, or return early to remove a level.",
        });
      }
    }
  }
  return [...findings, ...habitFindings(tree, code)];
}
