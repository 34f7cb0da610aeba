import type { Difficulty } from "./exercise.ts";

// Offline exercise generation: parameterized templates, one family per module.
// A seed picks the names and values, so every generated exercise is a fresh
// variant of a skill the module teaches. Generated exercises are still checked
// in the sandbox before they are stored (solution passes, starter fails).

export interface GeneratedExercise {
  title: string;
  prompt: string;
  starter: string;
  solution: string;
  tests: string;
  hints: [string, string, string];
}

type Rng = () => number;
type Template = (rng: Rng, difficulty: Difficulty) => GeneratedExercise;

export function seededRng(seed: number): Rng {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

const tests = (fn: string, cases: [string, string][]) => `import unittest
from student import ${fn}


class Test${fn.replace(/(^|_)(\w)/g, (_m, _u, c: string) => c.toUpperCase())}(unittest.TestCase):
${cases
  .map(
    ([call, expected], i) => `    def test_case_${i + 1}(self):
        self.assertEqual(${call}, ${expected}, "${call.replace(/"/g, "'")} should be ${expected.replace(/"/g, "'")}")
`,
  )
  .join("\n")}`;

const basics: Template = (rng, d) => {
  const [fn, what, factor] = pick(rng, [
    ["to_minutes", "hours", 60],
    ["to_grams", "kilograms", 1000],
    ["to_centimetres", "metres", 100],
    ["to_seconds", "minutes", 60],
  ] as const);
  const values = d === "easy" ? [1, 2, int(rng, 3, 9)] : [0, int(rng, 2, 9), int(rng, 10, 99)];
  const extra = d === "hard" ? " If the value is negative, return 0." : "";
  const solution =
    d === "hard"
      ? `def ${fn}(${what}):\n    if ${what} < 0:\n        return 0\n    return ${what} * ${factor}\n`
      : `def ${fn}(${what}):\n    return ${what} * ${factor}\n`;
  const cases: [string, string][] = values.map((v) => [`${fn}(${v})`, String(v * factor)]);
  if (d === "hard") cases.push([`${fn}(-5)`, "0"]);
  return {
    title: `Convert ${what}`,
    prompt: `Write a function \`${fn}(${what})\` that converts ${what} and returns the result. One unit is ${factor}.${extra}\n\nExample: \`${fn}(2)\` returns \`${2 * factor}\`.`,
    starter: `def ${fn}(${what}):\n    pass\n`,
    solution,
    tests: tests(fn, cases),
    hints: [
      "Read the example. What do you do to 2 to get the answer?",
      "A function sends its answer back with `return`. Arithmetic like `*` works on numbers.",
      `Multiply \`${what}\` by ${factor} and return it.${d === "hard" ? " Check for a negative value first with `if`." : ""}`,
    ],
  };
};

const controlFlow: Template = (rng, d) => {
  const limit = int(rng, 3, 9);
  const [fn, noun] = pick(rng, [
    ["count_big", "numbers"],
    ["count_large", "values"],
    ["count_over", "scores"],
  ] as const);
  const lists = [[1, limit + 1, limit + 5], [], [limit, limit, limit + 2], [0, 1, 2]];
  const strict = d !== "easy";
  const count = (xs: number[]) => xs.filter((x) => (strict ? x > limit : x >= limit)).length;
  return {
    title: `Count ${noun} over ${limit}`,
    prompt: `Write \`${fn}(${noun})\` that returns how many ${noun} in the list are ${strict ? "greater than" : "at least"} ${limit}.\n\nExample: \`${fn}([1, ${limit + 1}, ${limit + 5}])\` returns \`2\`.`,
    starter: `def ${fn}(${noun}):\n    pass\n`,
    solution: `def ${fn}(${noun}):\n    total = 0\n    for n in ${noun}:\n        if n ${strict ? ">" : ">="} ${limit}:\n            total += 1\n    return total\n`,
    tests: tests(
      fn,
      lists.map((xs) => [`${fn}(${JSON.stringify(xs)})`, String(count(xs))]),
    ),
    hints: [
      "Look at each number one at a time and decide if it counts.",
      "A `for` loop visits each item; an `if` decides; a counter variable keeps the tally.",
      `Start a counter at 0. In the loop, add 1 when the number is ${strict ? ">" : ">="} ${limit}.`,
    ],
  };
};

const dataStructures: Template = (rng) => {
  const [fn, item] = pick(rng, [
    ["most_common", "word"],
    ["top_fruit", "fruit"],
    ["favourite", "colour"],
  ] as const);
  const pool = pick(rng, [
    ["red", "blue", "green"],
    ["apple", "pear", "plum"],
    ["cat", "dog", "fox"],
  ]);
  const lists = [[pool[0], pool[1], pool[0]], [pool[2]], [pool[1], pool[2], pool[2], pool[1], pool[2]]];
  const most = (xs: string[]) =>
    [...new Set(xs)].sort((a, b) => xs.filter((x) => x === b).length - xs.filter((x) => x === a).length)[0];
  return {
    title: `Most common ${item}`,
    prompt: `Write \`${fn}(items)\` that returns the ${item} that appears most often in a non-empty list. There is always one clear winner.\n\nExample: \`${fn}(${JSON.stringify(lists[0])})\` returns \`"${pool[0]}"\`.`,
    starter: `def ${fn}(items):\n    pass\n`,
    solution: `def ${fn}(items):\n    counts = {}\n    for item in items:\n        counts[item] = counts.get(item, 0) + 1\n    return max(counts, key=counts.get)\n`,
    tests: tests(
      fn,
      lists.map((xs) => [`${fn}(${JSON.stringify(xs)})`, JSON.stringify(most(xs))]),
    ),
    hints: [
      "You need to know how many times each item appears.",
      "A dictionary can map each item to its count.",
      "Count with `counts[item] = counts.get(item, 0) + 1`, then find the key with the biggest count.",
    ],
  };
};

const functions: Template = (rng, d) => {
  const pct = pick(rng, [10, 20, 25, 50]);
  const fn = pick(rng, ["apply_discount", "sale_price", "discounted"]);
  const prices = [100, 80, 10];
  const sol =
    d === "easy"
      ? `def ${fn}(price):\n    return price - price * ${pct} / 100\n`
      : `def ${fn}(price, percent=${pct}):\n    return price - price * percent / 100\n`;
  const cases: [string, string][] = prices.map((p) => [`${fn}(${p})`, String(p - (p * pct) / 100)]);
  if (d !== "easy") cases.push([`${fn}(200, 50)`, "100.0"]);
  return {
    title: `Discount of ${pct}%`,
    prompt: `Write \`${fn}(price${d === "easy" ? "" : `, percent=${pct}`})\` that returns the price after a ${d === "easy" ? `${pct}%` : "percent"} discount.${d === "easy" ? "" : ` The percent has a default value of ${pct}.`}\n\nExample: \`${fn}(100)\` returns \`${100 - pct}.0\`.`,
    starter: `def ${fn}(price):\n    pass\n`,
    solution: sol,
    tests: tests(fn, cases),
    hints: [
      "What is taken off the price? Work it out for 100 first.",
      `A discount of p% removes price * p / 100.${d === "easy" ? "" : " A parameter can have a default value: `def f(x, y=3):`."}`,
      "Return the price minus the discount amount.",
    ],
  };
};

const oop: Template = (rng) => {
  const [cls, thing] = pick(rng, [
    ["Counter", "count"],
    ["Tally", "total"],
    ["Clicker", "clicks"],
  ] as const);
  return {
    title: `A ${cls} class`,
    prompt: `Write a class \`${cls}\` with an attribute \`${thing}\` that starts at 0, a method \`add()\` that adds 1, and a method \`reset()\` that sets it back to 0.`,
    starter: `class ${cls}:\n    pass\n`,
    solution: `class ${cls}:\n    def __init__(self):\n        self.${thing} = 0\n\n    def add(self):\n        self.${thing} += 1\n\n    def reset(self):\n        self.${thing} = 0\n`,
    tests: `import unittest\nfrom student import ${cls}\n\n\nclass Test${cls}(unittest.TestCase):\n    def test_starts_at_zero(self):\n        self.assertEqual(${cls}().${thing}, 0, "a new ${cls} should start at 0")\n\n    def test_add(self):\n        c = ${cls}()\n        c.add()\n        c.add()\n        self.assertEqual(c.${thing}, 2, "after two add() calls ${thing} should be 2")\n\n    def test_reset(self):\n        c = ${cls}()\n        c.add()\n        c.reset()\n        self.assertEqual(c.${thing}, 0, "reset() should set ${thing} back to 0")\n`,
    hints: [
      "Each object keeps its own number. Where is it set up?",
      "`__init__` runs when an object is made; `self.name = value` stores an attribute.",
      `Set \`self.${thing} = 0\` in \`__init__\`, and change it in the two methods.`,
    ],
  };
};

const files: Template = (rng) => {
  const fn = pick(rng, ["count_lines", "line_count", "how_many_lines"]);
  return {
    title: "Count the lines of a file",
    prompt: `Write \`${fn}(path)\` that opens the text file at \`path\` and returns how many lines it has. An empty file has 0 lines.`,
    starter: `def ${fn}(path):\n    pass\n`,
    solution: `def ${fn}(path):\n    with open(path, encoding="utf-8") as f:\n        return len(f.readlines())\n`,
    tests: `import os\nimport tempfile\nimport unittest\nfrom student import ${fn}\n\n\nclass TestLines(unittest.TestCase):\n    def write(self, text):\n        fd, path = tempfile.mkstemp(dir=".")\n        with os.fdopen(fd, "w", encoding="utf-8") as f:\n            f.write(text)\n        return path\n\n    def test_three_lines(self):\n        self.assertEqual(${fn}(self.write("a\\nb\\nc\\n")), 3, "a file with 3 lines should give 3")\n\n    def test_empty(self):\n        self.assertEqual(${fn}(self.write("")), 0, "an empty file should give 0")\n\n    def test_no_final_newline(self):\n        self.assertEqual(${fn}(self.write("one\\ntwo")), 2, "the last line counts even without a newline")\n`,
    hints: [
      "First open the file, then look at its lines.",
      "`with open(path) as f:` opens a file and closes it for you. `f.readlines()` gives a list of lines.",
      "Return the length of the list of lines.",
    ],
  };
};

const errors: Template = (rng) => {
  const [fn, fallback] = pick(rng, [
    ["safe_int", "0"],
    ["to_number", "-1"],
    ["parse_or_default", "None"],
  ] as const);
  return {
    title: "Convert text safely",
    prompt: `Write \`${fn}(text)\` that turns \`text\` into an int. If the text is not a whole number, return \`${fallback}\` instead of crashing.`,
    starter: `def ${fn}(text):\n    return int(text)\n`,
    solution: `def ${fn}(text):\n    try:\n        return int(text)\n    except ValueError:\n        return ${fallback}\n`,
    tests: tests(fn, [
      [`${fn}("42")`, "42"],
      [`${fn}("abc")`, fallback],
      [`${fn}("-7")`, "-7"],
      [`${fn}("3.5")`, fallback],
    ]),
    hints: [
      'What happens when you call `int("abc")`? Try it.',
      "`try:` runs code that may fail; `except SomeError:` runs when it does.",
      `Put \`int(text)\` in a try block and return ${fallback} in \`except ValueError\`.`,
    ],
  };
};

const stdlib: Template = (rng) => {
  const fn = pick(rng, ["letter_counts", "count_letters", "tally_letters"]);
  const word = pick(rng, ["banana", "letter", "committee", "balloon"]);
  const counts: Record<string, number> = {};
  for (const ch of word) counts[ch] = (counts[ch] ?? 0) + 1;
  const pyDict = `{${Object.entries(counts)
    .map(([k, v]) => `"${k}": ${v}`)
    .join(", ")}}`;
  return {
    title: "Count letters with collections",
    prompt: `Write \`${fn}(word)\` that returns a dictionary mapping each letter of \`word\` to how many times it appears. Use the standard library's \`collections\` module.\n\nExample: \`${fn}("aab")\` returns \`{"a": 2, "b": 1}\`.`,
    starter: `def ${fn}(word):\n    pass\n`,
    solution: `from collections import Counter\n\n\ndef ${fn}(word):\n    return dict(Counter(word))\n`,
    tests: tests(fn, [
      [`${fn}("${word}")`, pyDict],
      [`${fn}("")`, "{}"],
      [`${fn}("aab")`, '{"a": 2, "b": 1}'],
    ]),
    hints: [
      "You need a count for each different letter.",
      "`collections.Counter` counts the items of anything you can loop over.",
      "Return `dict(Counter(word))`.",
    ],
  };
};

export const TEMPLATES: Record<string, Template> = {
  basics,
  "control-flow": controlFlow,
  "data-structures": dataStructures,
  functions,
  oop,
  files,
  errors,
  stdlib,
};

export function generateFromTemplate(
  module: string,
  difficulty: Difficulty,
  seed: number,
): GeneratedExercise | undefined {
  return TEMPLATES[module]?.(seededRng(seed), difficulty);
}
