import { describe, expect, it } from "vitest";
import { explainError } from "./explain.ts";

// The errors beginners meet most, explained from CPython 3.11's exact messages (checked with python3)
// and the student's own line: which case they get and which of their names it is about.

const explain = (type: string, message: string, code: string, line: number | null) =>
  explainError({ code, error: { type, message, line } });

describe("NameError", () => {
  it("says a name is not defined, on its line or in the code, when no name is close to it", () => {
    const e = explain("NameError", "name 'banana' is not defined", "print(banana)\n", 1);
    expect(e.title).toBe("`banana` is not defined");
    expect(e.names).toEqual(["banana"]);
    expect(e.hints[2]).toBe("Give `banana` a value above line 1, or put quotes around it if it is text.");
    const noLine = explain("NameError", "name 'banana' is not defined", "print(banana)\n", null);
    expect(noLine.hints[2]).toBe(
      "Give `banana` a value above line where it is used, or put quotes around it if it is text.",
    );
  });

  it("suggests the built-in a beginner mistyped", () => {
    const e = explain("NameError", "name 'prnt' is not defined", "prnt('hi')\n", 1);
    expect(e.title).toBe("`prnt` is not defined — did you mean `print`?");
    expect(e.names).toEqual(["prnt", "print"]);
  });

  it("takes the name from the line when the message has none, or says `that name`", () => {
    expect(explain("NameError", "", "print(banana)\n", 1).title).toBe("`banana` is not defined");
    const unknown = explain("NameError", "", "print(banana)\n", null);
    expect(unknown.title).toBe("`that name` is not defined");
    expect(unknown.names).toEqual(["that name"]);
  });

  it("explains a free variable an inner function reads before the outer one sets it", () => {
    const code = "def outer():\n    def inner():\n        return total\n    inner()\n    total = 1\nouter()\n";
    const message = "cannot access free variable 'total' where it is not associated with a value in enclosing scope";
    const e = explain("NameError", message, code, 3);
    expect(e.title).toBe("`total` is used before it gets its value");
    expect(e.names).toEqual(["total"]);
  });
});

describe("UnboundLocalError", () => {
  const message = (name: string) => `cannot access local variable '${name}' where it is not associated with a value`;

  it("tells a module-level name changed inside a function from a local read too early", () => {
    const global = explain("UnboundLocalError", message("count"), "count = 0\ndef add():\n    count += 1\nadd()\n", 3);
    expect(global.title).toBe("`count` is changed inside a function, but it lives outside it");
    expect(global.names).toEqual(["count"]);
    const local = explain("UnboundLocalError", message("total"), "def add():\n    total += 1\nadd()\n", 2);
    expect(local.title).toBe("`total` is used before it gets a value in this function");
    expect(local.names).toEqual(["total"]);
  });

  it("says `a variable` when the message names none", () => {
    expect(explain("UnboundLocalError", "", "def add():\n    total += 1\nadd()\n", 2).title).toBe(
      "`a variable` is used before it gets a value in this function",
    );
  });
});

describe("TypeError", () => {
  it("blames the function without return when None is on either side of an operator", () => {
    const code = (line: string) => `def f():\n    print(1)\n${line}\n`;
    const title = "`f()` gives back None, so `+` has nothing to work with";
    const left = explain(
      "TypeError",
      "unsupported operand type(s) for +: 'NoneType' and 'int'",
      code("x = f() + 1"),
      3,
    );
    expect(left.title).toBe(title);
    expect(left.names).toEqual(["f"]);
    const right = explain(
      "TypeError",
      "unsupported operand type(s) for +: 'int' and 'NoneType'",
      code("x = 1 + f()"),
      3,
    );
    expect(right.title).toBe(title);
  });

  it("names the operator and both types of a mixed operation", () => {
    const code = "age = '12'\nx = age ** 2\n";
    expect(explain("TypeError", "unsupported operand type(s) for ** or pow(): 'str' and 'int'", code, 2).title).toBe(
      "You cannot use `** or pow()` between a str and a int",
    );
    const concat = explain("TypeError", 'can only concatenate str (not "float") to str', "print('$' + 1.5)\n", 1);
    expect(concat.title).toBe("You joined text with a float using +");
  });

  it("explains calling a value that is not a function", () => {
    expect(explain("TypeError", "'int' object is not callable", "total = 1\ntotal()\n", 2).title).toBe(
      "A int is not a function, so it cannot be called",
    );
  });

  it("tells indexing a function (call it first) from indexing a value that has no items", () => {
    const code = "def scores():\n    return [1]\nprint(scores[0])\n";
    const fn = explain("TypeError", "'function' object is not subscriptable", code, 3);
    expect(fn.title).toBe("`scores` is a function, so it must be called before you index it");
    expect(fn.names).toEqual(["scores"]);
    const noLine = explain("TypeError", "'function' object is not subscriptable", code, null);
    expect(noLine.title).toBe("A function cannot be indexed with [ ]");
    expect(explain("TypeError", "'int' object is not subscriptable", "n = 1\nprint(n[0])\n", 2).title).toBe(
      "A int cannot be indexed with [ ]",
    );
  });

  it("names the value a for loop goes over, but not a call such as len(...)", () => {
    const named = explain("TypeError", "'int' object is not iterable", "count = 5\nfor i in count:\n    print(i)\n", 2);
    expect(named.explanation).toMatch(/^On line 2 you loop over `count`, which is a int\./);
    expect(named.names).toEqual(["count"]);
    const n = explain("TypeError", "'int' object is not iterable", "n = 5\nfor i in n:\n    print(i)\n", 2);
    expect(n.explanation).toMatch(/^On line 2 you loop over `n`, which is a int\./);
    const spaced = explain("TypeError", "'int' object is not iterable", "n = 5\nfor i in  n:\n    print(i)\n", 2);
    expect(spaced.explanation).toMatch(/^On line 2 you loop over `n`/);
    const call = "items = [1]\nfor i in len(items):\n    print(i)\n";
    const e = explain("TypeError", "'int' object is not iterable", call, 2);
    expect(e.title).toBe("A int cannot be looped over");
    expect(e.explanation).toMatch(/^On line 2 the loop goes over a int\./);
  });

  it("explains a call with the wrong number of arguments, in Python's own words", () => {
    const code = "def area(w, h):\n    return w * h\narea(1, 2, 3)\n";
    const e = explain("TypeError", "area() takes 2 positional arguments but 3 were given", code, 3);
    expect(e.title).toBe("`area()` got the wrong number of arguments");
    expect(e.explanation).toBe(
      "On line 3, the call to `area` does not match how it was defined: 2 positional arguments but 3 were given. " +
        "Each parameter in the `def` line needs one value in the call.",
    );
    expect(e.names).toEqual(["area"]);
  });

  it("explains None where a value was expected, and any other TypeError in general", () => {
    expect(explain("TypeError", "object of type 'NoneType' has no len()", "x = None\nlen(x)\n", 2).title).toBe(
      "A value is None where you expected something else",
    );
    const other = explain("TypeError", "unhashable type: 'list'", "s = {[1]}\n", 1);
    expect(other.title).toBe("A value has the wrong type for what you did with it");
    expect(other.explanation).toBe(
      "Python stopped on line 1 with TypeError: unhashable type: 'list'. Look at `s` on that line.",
    );
  });
});

describe("AttributeError", () => {
  const attribute = (type: string, attr: string, line = `xs.${attr}()`) =>
    explain("AttributeError", `'${type}' object has no attribute '${attr}'`, `xs = None\n${line}\n`, 2);

  it("suggests the real method for a typo of each one a beginner uses", () => {
    const typos: [string, string, string][] = [
      ["list", "apend", "append"],
      ["list", "extnd", "extend"],
      ["list", "insrt", "insert"],
      ["list", "remov", "remove"],
      ["list", "popp", "pop"],
      ["list", "sotr", "sort"],
      ["list", "revers", "reverse"],
      ["list", "indx", "index"],
      ["list", "cout", "count"],
      ["list", "cpy", "copy"],
      ["list", "claer", "clear"],
      ["str", "uper", "upper"],
      ["str", "lowr", "lower"],
      ["str", "strp", "strip"],
      ["str", "splt", "split"],
      ["str", "jion", "join"],
      ["str", "replce", "replace"],
      ["str", "startwith", "startswith"],
      ["str", "endwith", "endswith"],
      ["str", "fnd", "find"],
      ["str", "cuont", "count"],
      ["str", "fromat", "format"],
      ["str", "titel", "title"],
      ["str", "isdigt", "isdigit"],
      ["dict", "gte", "get"],
      ["dict", "kyes", "keys"],
      ["dict", "vales", "values"],
      ["dict", "itmes", "items"],
      ["dict", "popp", "pop"],
      ["dict", "updte", "update"],
      ["dict", "setdefalt", "setdefault"],
      ["dict", "cpoy", "copy"],
      ["dict", "cler", "clear"],
    ];
    const got = typos.map(([type, attr]) => attribute(type, attr).title);
    expect(got).toEqual(typos.map(([type, attr, real]) => `A ${type} has no \`${attr}\` — did you mean \`${real}\`?`));
  });

  it("names the student's value and its type, or only the type when the line does not show it", () => {
    const e = attribute("list", "apend");
    expect(e.explanation).toBe(
      "On line 2 you asked `xs`, a list, for `apend`, which it does not have. The closest real one is `append`.",
    );
    expect(e.names).toEqual(["apend"]);
    const own = explain("AttributeError", "'Dog' object has no attribute 'bark'", "Dog().bark()\n", 1);
    expect(own.explanation).toMatch(/^On line 1 you asked a Dog for `bark`, which it does not have\./);
  });

  it("says the attribute is missing when nothing is close, and None when the value is None", () => {
    const e = attribute("int", "foo", "xs.foo");
    expect(e.title).toBe("A int has no `foo`");
    expect(e.names).toEqual(["foo"]);
    const none = attribute("NoneType", "append");
    expect(none.title).toBe("A value is None where a number or text was expected");
    expect(none.explanation).toMatch(/^On line 2 one of the values is `None`, so `\.append` cannot use it\./);
  });

  it("explains a module's missing attribute in general", () => {
    const e = explain("AttributeError", "module 'math' has no attribute 'foo'", "import math\nmath.foo\n", 2);
    expect(e.title).toBe("That value does not have this attribute or method");
  });
});

describe("IndentationError", () => {
  it("tells an empty block, an unexpected indent and an unindent apart, whatever the message's case", () => {
    const title = (message: string) => explain("IndentationError", message, "if True:\nprint(1)\n", 2).title;
    expect(title("expected an indented block after 'if' statement on line 1")).toBe("The block after a colon is empty");
    expect(title("Expected An Indented Block")).toBe("The block after a colon is empty");
    expect(title("unexpected indent")).toBe("This line is indented when it should not be");
    expect(title("unindent does not match any outer indentation level")).toBe("The indentation does not line up");
    expect(title("too many levels of indentation")).toBe("The indentation is wrong");
  });
});
