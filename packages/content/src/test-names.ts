// Students see every test, passing ones too, named by its docstring or by its method name in
// words ("test_empty_list_gives_zero" → "Empty list gives zero"). A name must therefore say what
// the test checks: "test_3" or "test_example" tells a student nothing.

const GENERIC = new Set(
  (
    "a an the it is of ok case cases example examples sample basic simple works working test tests check checks " +
    "thing things stuff misc other more extra foo bar baz one two three four five first second third new default " +
    "good bad happy edge"
  ).split(" "),
);

const words = (name: string) =>
  name
    .replace(/^test/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .split("_")
    .filter(Boolean);

/** Why a test named `method` (with this docstring, if any) does not say what it checks, or undefined. */
export function vagueTestName(method: string, docstring?: string): string | undefined {
  if (docstring !== undefined) {
    const said = docstring.trim().split(/\s+/).filter(Boolean);
    return said.length >= 2 ? undefined : `its docstring "${docstring.trim()}" does not say what it checks`;
  }
  const w = words(method);
  if (w.length === 0 || w.every((x) => /^\d+[a-z]?$/.test(x))) return "a bare number says nothing";
  if (w.every((x) => GENERIC.has(x) || /^\d+$/.test(x))) return "a generic word says nothing";
  if (w.filter((x) => !/^\d+$/.test(x)).length < 2) return "one word does not say what it checks";
  return undefined;
}

/** Every test method of a unittest file whose name (or docstring) says nothing, as "name (line n): why". */
export function vagueTestNames(source: string): string[] {
  const lines = source.split("\n");
  const problems: string[] = [];
  lines.forEach((line, i) => {
    const def = /^\s+def (test\w*)\s*\(/.exec(line);
    if (!def) return;
    // the docstring, when the first statement of the body is a string
    let next = i + 1;
    while (next < lines.length && !lines[next].trim()) next++;
    const doc = /^\s+(?:[rRuU]?)("""|'''|"|')(.*?)(?:\1)?\s*$/.exec(lines[next] ?? "");
    let docstring = doc ? doc[2].replace(/("""|''')$/, "") : undefined;
    // a docstring opened on a line of its own says what it has to say on the next one
    if (doc && doc[1].length === 3 && !docstring?.trim()) docstring = lines[next + 1]?.trim() ?? "";
    const why = vagueTestName(def[1], docstring);
    if (why) problems.push(`${def[1]} (line ${i + 1}): ${why}`);
  });
  return problems;
}
