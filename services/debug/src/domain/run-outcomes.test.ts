import { describe, expect, it } from "vitest";
import { explainTimeout, explainWrongOutput } from "./explain.ts";

// A program stopped after 5 seconds: which `while` loop the tutor blames, and for which variable, on the
// loops beginners really write; and failing checks explained from unittest's "a != b : message".

const lines = (...l: string[]) => `${l.join("\n")}\n`;
/** the loop's line and the variable blamed, or null for the general "took too long" */
const blamed = (code: string) => {
  const t = explainTimeout(code);
  return t.line === null ? null : { line: t.line, names: t.names, title: t.title };
};
const stuck = (line: number, name: string) => ({
  line,
  names: [name],
  title: `The loop on line ${line} never ends: \`${name}\` never changes`,
});

describe("the loop that never ends", () => {
  it("blames the loop inside a function, at its own line", () => {
    expect(blamed(lines("def countdown(n):", "    while n > 0:", "        print(n)", "", "countdown(3)"))).toEqual(
      stuck(2, "n"),
    );
  });

  it("ends the loop's body at the first line back at the loop's indent: a step left outside does not count", () => {
    expect(blamed(lines("n = 3", "while n > 0:", "    print(n)", "n -= 1"))).toEqual(stuck(2, "n"));
  });

  it("reads past a line of spaces inside the body to the step that changes the variable", () => {
    expect(blamed(lines("n = 3", "while n > 0:", "    print(n)", "    ", "    n -= 1"))).toBeNull();
  });

  it("blames the variable, not `not` or `len`, and not a `for ... in` inside the loop", () => {
    expect(blamed(lines("finished = False", "while not finished:", "    print('again')"))).toEqual(
      stuck(2, "finished"),
    );
    expect(blamed(lines("queue = [1]", "while len(queue) > 0:", "    print(queue[0])"))).toEqual(stuck(2, "queue"));
    const nested = lines(
      "used = ['a']",
      "guess = 'a'",
      "while guess in used:",
      "    for i in range(3):",
      "        print(i)",
    );
    expect(blamed(nested)).toEqual(stuck(3, "guess"));
  });

  it("does not take `while` inside a printed sentence for a loop", () => {
    const code = lines(
      'print("Adding items while the list grows: ")',
      "items = [1]",
      "for x in items:",
      "    items.append(x)",
    );
    expect(blamed(code)).toBeNull();
  });

  it("reads `while 1:` as a loop that is always true, and quotes the condition as written", () => {
    const t = explainTimeout(lines("while 1:", "    print('hi')"));
    expect(t).toMatchObject({ line: 1, title: "The loop on line 1 never ends" });
    expect(t.explanation).toContain("The loop `while 1` on line 1 has no `break`");
    // zero is false: such a loop never runs, so it cannot be what took too long
    expect(explainTimeout(lines("while 0:", "    print('hi')")).title).toBe("Your program took too long");
  });

  it("reads a condition written with a space before the colon", () => {
    expect(explainTimeout(lines("while True :", "    print(1)"))).toMatchObject({
      line: 1,
      title: "The loop on line 1 never ends",
    });
    const t = explainTimeout(lines("n = 0", "while n < 3 :", "    print(n)"));
    expect(t.explanation).toBe(
      "Your program ran for more than 5 seconds. The `while` loop on line 2 repeats while `n < 3`, but nothing " +
        "inside the loop changes `n`. So the condition stays True forever.",
    );
    expect(t.hints[2]).toBe("Change `n` inside the loop so that `n < 3` becomes False.");
  });
});

describe("failing checks", () => {
  it("takes the whole of each compared value, with or without the check's own message", () => {
    const e = explainWrongOutput({
      code: "",
      testResults: [{ name: "greets", passed: false, message: "AssertionError: 'hello' != 'Hello'" }],
    });
    expect(e.explanation).toBe("The check \"greets\" expected 'Hello' but your code gave 'hello'.");
    expect(e.hints[2]).toBe("Your result 'hello' should be 'Hello'. Look at the step that computes it.");
    const said = explainWrongOutput({
      code: "",
      testResults: [{ name: "sums", passed: false, message: "AssertionError: 10 != 15 : add every number" }],
    });
    expect(said.explanation).toBe(
      'The check "sums" expected 15 but your code gave 10. The check says: add every number.',
    );
  });
});
