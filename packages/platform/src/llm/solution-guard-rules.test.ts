import { describe, expect, it } from "vitest";
import { createSolutionGuard, STRIPPED_NOTE } from "./solution-guard.ts";

// Each rule of the solution guard on its own: what counts as a solution line, a near copy, a written-out
// function, a long block; what the student already has; and the counts the stream uses to refuse.

const solution = [
  "import math",
  "# add up the prices",
  "def total_price(prices, tax):",
  "    subtotal = sum(prices)",
  "    return round(subtotal * (1 + tax), 2)",
].join("\n");
const starter = "def total_price(prices, tax):\n    pass\n";
const guard = () => createSolutionGuard(solution, starter);

describe("solution guard rules", () => {
  it("strips a code block with a solution line, counts it, and keeps the words around it", () => {
    const r = guard().check("Think first.\n```python\nsubtotal = sum(prices)\n```\nWhat next?");
    expect(r).toEqual({
      text: `Think first.\n${STRIPPED_NOTE}\n\nWhat next?`,
      stripped: 1,
      kept: "Think first.\n\n\nWhat next?",
    });
  });

  it("strips a block left open at the end of the text", () => {
    expect(guard().check("```\nsubtotal   =   sum(prices)").text).toBe(`${STRIPPED_NOTE}\n`);
  });

  it("strips a near copy with renamed parts, but not a line that merely shares a few words", () => {
    expect(guard().check("```\nreturn round(subtotal * (1 + rate), 2)\n```").stripped).toBe(1);
    expect(guard().check("```\nx = round(3.14159, 2)\n```").stripped).toBe(0);
  });

  it("strips the exercise's function written out, even renamed inside, but not its starter line", () => {
    const written = "```\ndef total_price(p, t):\n    s = 0\n    return s\n```";
    expect(guard().check(written).stripped).toBe(1);
    const two = "```\ndef total_price(p, t):\n    ...\n```";
    expect(guard().check(two).stripped).toBe(0);
    const withComments = "```\ndef total_price(p, t):\n    # a comment\n    # another\n    ...\n```";
    expect(guard().check(withComments).stripped).toBe(0);
    expect(guard().check("```\ndef helper(x):\n    y = x\n    return y\n```").stripped).toBe(0);
  });

  it("strips any block longer than four lines, and keeps one of four", () => {
    const block = (n: number) => `\`\`\`\n${Array.from({ length: n }, (_, i) => `v${i} = ${i}`).join("\n")}\n\`\`\``;
    expect(guard().check(block(4)).stripped).toBe(0);
    expect(guard().check(block(5)).stripped).toBe(1);
    expect(guard().check("```\nv0 = 0\n\n\n\nv1 = 1\n```").stripped).toBe(0);
  });

  it("strips solution lines in backticks and in plain prose, counting each", () => {
    const r = guard().check("Use `subtotal = sum(prices)` and then\nreturn round(subtotal * (1 + tax), 2)");
    expect(r.stripped).toBe(2);
    expect(r.text).toBe(`Use \`…\` and then\n${STRIPPED_NOTE}`);
    expect(guard().check("Use `sum(prices)` for the subtotal.").stripped).toBe(0);
  });

  it("lets through what the student already has, comments, imports and short lines", () => {
    expect(guard().check("```\ndef total_price(prices, tax):\n```").stripped).toBe(0);
    expect(guard().check("Start with `import math`.").stripped).toBe(0);
    expect(guard().check("`# add up the prices`").stripped).toBe(0);
    expect(createSolutionGuard("x = 1\ny = 2").check("```\nx = 1\n```").stripped).toBe(0);
  });
});
