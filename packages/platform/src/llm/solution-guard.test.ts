import { describe, expect, it } from "vitest";
import { createSolutionGuard, STRIPPED_NOTE } from "./solution-guard.ts";
import { guardedStream } from "./guarded-stream.ts";

const solution =
  "def total(items):\n    result = 0\n    for item in items:\n        result += item\n    return result\n";
const guard = createSolutionGuard(solution, "def total(items):\n    pass\n");

describe("solution guard", () => {
  it("removes code blocks and spans that hold solution lines, keeps the teaching", () => {
    const r = guard.check(
      "Think about a running sum.\n```python\nfor item in items:\n    result += item\n```\nWhat starts at 0?",
    );
    expect(r.text).toContain(STRIPPED_NOTE);
    expect(r.text).not.toContain("result += item");
    expect(r.text).toContain("What starts at 0?");
    expect(guard.check("Write `result += item` in the loop.").text).not.toContain("result += item");
  });

  it("removes a renamed full function, and lets short general snippets and the starter through", () => {
    const other =
      "```python\ndef total(numbers):\n    s = 0\n    for n in numbers:\n        s = s + n\n    return s\n```";
    expect(guard.check(other).text).toBe(`${STRIPPED_NOTE}\n`);
    expect(guard.check("Try `print(len(items))` to look.").text).toContain("print(len(items))");
    expect(guard.check("Your `def total(items):` line is fine.").stripped).toBe(0);
  });

  it("streams only checked units and refuses an answer that was mostly solution", async () => {
    const seen: string[] = [];
    const s = guardedStream(
      async (u) => guard.check(u),
      (t) => seen.push(t),
    );
    for (const piece of [
      "Look at the",
      " loop that adds things up.\n\n```py",
      "thon\nfor item in items:\n",
      "    result += item\n```\n",
      "Why does it start at 0?",
    ])
      await s.push(piece);
    expect(seen.map((t) => t.trim())).toEqual(["Look at the loop that adds things up.", STRIPPED_NOTE]);
    expect(await s.end()).toBe(true);
    expect(seen.at(-1)).toBe("Why does it start at 0?");
    const only = guardedStream(
      async (u) => guard.check(u),
      () => {},
    );
    await only.push(`\`\`\`python\n${solution}\`\`\`\n`);
    expect(await only.end()).toBe(false);
  });
});
