import { describe, expect, it } from "vitest";
import { logicCheck } from "./logic.ts";
import { phrase } from "./texts.ts";

// A program that runs but gives the wrong result: which of the three answers the student gets (a function
// that prints instead of returning, a function with no `return`, or "trace the values") for the shapes of
// code beginners really write, and what of their output is shown back to them.

const noReturn = (name: string) => phrase("logic-no-return", { name });
const trace = phrase("logic-trace");
const lines = (...l: string[]) => `${l.join("\n")}\n`;

describe("finding the function whose result is lost", () => {
  it("finds a method of a class, and a def written with extra spaces before its name or its bracket", () => {
    const method = lines(
      "class Cart:",
      "    def total(self):",
      "        print(sum(self.prices))",
      "",
      "cart = Cart()",
      "paid = cart.total()",
    );
    expect(logicCheck(method, "")).toBe(noReturn("total"));
    expect(logicCheck(lines("def  area(w, h):", "    print(w * h)", "a = area(2, 3)"), "")).toBe(noReturn("area"));
    expect(logicCheck(lines("def area (w, h):", "    print(w * h)", "a = area(2, 3)"), "")).toBe(noReturn("area"));
  });

  it("does not take `def` inside a printed string for a function", () => {
    const quiz = lines('print("To make a function, write: def name(args):")', "answer = input()");
    expect(logicCheck(quiz, "")).toBe(trace);
  });

  it("finds the function's own def when other code comes before it", () => {
    const code = lines("prices = [3, 4]", "def total(xs):", "    s = sum(xs)", "    return s", "t = total(prices)");
    expect(logicCheck(code, "7")).toBe(`${phrase("logic-printed", { output: "7" })}\n\n${trace}`);
  });
});

describe("telling a function that returns its value from one that does not", () => {
  it("reads the whole body: a return after other lines, after a line of spaces, counts", () => {
    const late = lines(
      "def total(xs):",
      "    s = 0",
      "    for x in xs:",
      "        s += x",
      "    return s",
      "t = total([1])",
    );
    expect(logicCheck(late, "")).toBe(trace);
    const spaced = lines("def total(xs):", "    s = sum(xs)", "    ", "    return s", "t = total([1])");
    expect(logicCheck(spaced, "")).toBe(trace);
  });

  it("stops at the end of the function: a return in the next function or method is not this one's", () => {
    const top = lines("def show(xs):", "    print(xs)", "def total(xs):", "    return sum(xs)", "s = show([1])");
    expect(logicCheck(top, "")).toBe(noReturn("show"));
    const methods = lines(
      "class Cart:",
      "    def show(self):",
      "        print(self.prices)",
      "    def total(self):",
      "        return sum(self.prices)",
      "",
      "shown = Cart().show()",
    );
    expect(logicCheck(methods, "")).toBe(noReturn("show"));
  });

  it("reaches the end of the file when the function is the last thing in it", () => {
    const last = lines("x = add(2, 3)", "print(x)", "def add(a, b):", "    print(a + b)");
    expect(logicCheck(last, "5\nNone")).toContain(phrase("logic-prints-none", { name: "add" }));
  });

  it("counts `return None` (with or without trailing spaces) as no value, but not a return that may give one", () => {
    const none = lines("def add(a, b):", "    print(a + b)", "    return None", "x = add(1, 2)");
    expect(logicCheck(none, "")).toBe(noReturn("add"));
    const trailing = lines("def add(a, b):", "    print(a + b)", "    return None   ", "x = add(1, 2)");
    expect(logicCheck(trailing, "")).toBe(noReturn("add"));
    const maybe = lines("def biggest(xs):", "    return None if not xs else max(xs)", "b = biggest([1])");
    expect(logicCheck(maybe, "")).toBe(trace);
    const spaced = lines("def add(a, b):", "    return  a + b", "x = add(1, 2)");
    expect(logicCheck(spaced, "")).toBe(trace);
  });

  it("does not take a comment about returning for a return", () => {
    const code = lines("def add(a, b):", "    # return a + b here", "    print(a + b)", "x = add(1, 2)");
    expect(logicCheck(code, "")).toBe(noReturn("add"));
  });

  it("does not stop on code pasted with old Mac line endings (carriage returns only)", () => {
    expect(logicCheck("prices = [1]\rdef add(a, b):\r    print(a + b)\rx = add(1, 2)\r", "")).toBe(noReturn("add"));
  });
});

describe("what of the output is shown", () => {
  it("shows nothing for output that is only blank lines", () => {
    expect(logicCheck("print()\n", "\n\n")).toBe(trace);
  });

  it("shows at most 400 characters of the first six lines", () => {
    const long = `${"a".repeat(150)}\n`.repeat(6);
    const shown = `${"a".repeat(150)}\n${"a".repeat(150)}\n${"a".repeat(98)}`;
    expect(logicCheck("print('a' * 150)\n", long)).toBe(`${phrase("logic-printed", { output: shown })}\n\n${trace}`);
  });
});
