import { describe, expect, it } from "vitest";
import { checkHints, solutionSteps, spelledOut, tokensOf } from "./hint-check.ts";

// The hint-ladder check, word for word on small ladders: the problem an author reads, on the hint it
// names, and silence at each rule's edge (a short line, a three-token span, exactly half the steps).

const SOLUTION = [
  "def total_price(prices, tax):",
  "    # add them up",
  "    subtotal = sum(prices)",
  "",
  "    return subtotal * (1 + tax)",
].join("\n");
const QUIET = ["Which built-in adds numbers?", "How is a tax rate applied?", "What do you multiply by?"];

describe("tokens and steps", () => {
  it("splits code into names, numbers and operators, two-character operators whole", () => {
    expect(tokensOf("a_1 == b != c <= d >= e += 1 -= 2 // 3 [x](y) % z")).toEqual(
      "a_1 == b != c <= d >= e += 1 -= 2 // 3 [ x ] ( y ) % z".split(" "),
    );
    expect(tokensOf("  ")).toEqual([]);
  });

  it("keeps the lines that carry an idea, spaces squeezed", () => {
    const code =
      "import math\nfrom os import path\nclass Cart:\n    def add(self, item):\n# note here\n" +
      "        items   =  [item]\n        return item\n        x = 1\n";
    expect(solutionSteps(code)).toEqual(["items = [item]", "x = 1"]);
    expect(solutionSteps(SOLUTION)).toEqual(["subtotal = sum(prices)", "return subtotal * (1 + tax)"]);
  });
});

describe("hint problems", () => {
  it("passes a ladder of questions that give nothing away", () => {
    expect(checkHints(QUIET, SOLUTION)).toEqual([]);
    expect(checkHints([], SOLUTION)).toEqual([]);
  });

  it("names the hint that quotes a solution line, even with other spacing", () => {
    const hints = ["Which built-in adds numbers?", "Write subtotal  =  sum(prices) first.", QUIET[2]];
    expect(checkHints(hints, SOLUTION)).toEqual([
      { hint: 2, problem: 'quotes the solution line "subtotal = sum(prices)"' },
    ]);
  });

  it("lets a hint repeat a line of under ten characters", () => {
    expect(checkHints(["Try n = f(a) here?"], "n = f(a)\n")).toEqual([]);
    expect(checkHints(["Try nn = f(aa) here?"], "nn = f(aa)\n")).toEqual([
      { hint: 1, problem: 'quotes the solution line "nn = f(aa)"' },
    ]);
  });

  it("says which code span is nearly a solution line, from 70% of shared tokens", () => {
    const near = ["Which built-in?", "Try `subtotal = sum(costs)`.", QUIET[2]];
    expect(checkHints(near, SOLUTION)).toEqual([
      { hint: 2, problem: '`subtotal = sum(costs)` is nearly the solution line "subtotal = sum(prices)"' },
    ]);
    // 4 of 6 distinct tokens shared (67%) is not near; 3-token spans are never judged
    expect(checkHints(["Try `subtotal = max(costs)`?"], SOLUTION)).toEqual([]);
    expect(checkHints(["Try `subtotal = sum`?"], "subtotal = sum\n")).toEqual([
      { hint: 1, problem: 'quotes the solution line "subtotal = sum"' },
      { hint: 0, problem: "together the hints name 100% of the solution's steps" },
    ]);
    expect(checkHints(["Try `a = sum`?"], "a = sum(b)\n")).toEqual([]);
  });

  it("flags a code block and a pointed hint that is not a question", () => {
    const hints = ["Think.", "Like this:\n```\nprint(1)\n```", "Multiply by the rate."];
    expect(checkHints(hints, SOLUTION)).toEqual([
      { hint: 2, problem: "holds a code block" },
      { hint: 3, problem: "the pointed hint is not a question" },
    ]);
    expect(checkHints(["Think.", "What then?  \n"], SOLUTION)).toEqual([]);
  });

  it("says when the hints together spell out more than half the steps, but not at half", () => {
    const spelled = ["Use `sum` on `prices` into `subtotal`.", "Think about `tax`?"];
    expect(checkHints(spelled, SOLUTION)).toEqual([
      { hint: 0, problem: "together the hints name 100% of the solution's steps" },
    ]);
    const half = ["Use `sum` on `prices` into `subtotal`?"];
    expect(spelledOut(half, solutionSteps(SOLUTION))).toBe(0.5);
    expect(checkHints(half, SOLUTION)).toEqual([]);
  });
});

describe("spelled out", () => {
  it("counts a step only when two or more of its own names all appear in the hints' code", () => {
    expect(spelledOut(["`x`"], [])).toBe(0);
    // keywords and numbers do not count as the step's names
    expect(spelledOut(["`total`"], ["return total + 1"])).toBe(0);
    expect(spelledOut(["`total` and `count`"], ["return total + count", "for item in items"])).toBe(0.5);
    // a name said outside backticks is not code
    expect(spelledOut(["total and `count`"], ["return total + count"])).toBe(0);
    expect(spelledOut(["`total + count`"], ["if total and count and not None"])).toBe(1);
  });
});
