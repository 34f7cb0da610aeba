import { describe, expect, it } from "vitest";
import { guardedStream, type Guard } from "./guarded-stream.ts";

// Nothing a model writes reaches the student before the guard has read it, one whole unit at a time.

function recorder(guard: Guard = async (unit) => ({ text: unit })) {
  const units: string[] = [];
  const chunks: string[] = [];
  const stream = guardedStream(
    async (unit) => {
      units.push(unit);
      return guard(unit);
    },
    (text) => chunks.push(text),
  );
  return { stream, units, chunks };
}

describe("guarded stream", () => {
  it("holds text until a paragraph is complete, then releases it whole", async () => {
    const { stream, units, chunks } = recorder();
    await stream.push("First para");
    await stream.push("graph.\n");
    expect(units).toEqual([]);
    await stream.push("\nSecond");
    expect(units).toEqual(["First paragraph.\n\n"]);
    expect(chunks).toEqual(["First paragraph.\n\n"]);
    expect(await stream.end()).toBe(true);
    expect(units).toEqual(["First paragraph.\n\n", "Second"]);
    expect(stream.released).toBe("First paragraph.\n\nSecond");
  });

  it("keeps a fenced code block in one unit, blank lines and all", async () => {
    const { stream, units } = recorder();
    await stream.push("Look:\n```python\nx = 1\n\ny = 2\n");
    expect(units).toEqual([]);
    await stream.push("```\nAfter.");
    expect(units).toEqual(["Look:\n```python\nx = 1\n\ny = 2\n```\n"]);
    await stream.end();
    expect(units.at(-1)).toBe("After.");
  });

  it("releases several complete units pushed at once, in order", async () => {
    const { stream, units } = recorder();
    await stream.push("a\n\nb\n\n  \nc");
    // a blank line at the start of what is left ends nothing
    expect(units).toEqual(["a\n\n", "b\n\n"]);
  });

  it("does not treat leading blank lines as the end of a paragraph", async () => {
    const { stream, units } = recorder();
    await stream.push("\nHello\n");
    expect(units).toEqual([]);
  });

  it("streams what the guard rewrote, and nothing of an empty rewrite", async () => {
    const { stream, chunks } = recorder(async (unit) =>
      unit.includes("def") ? { text: "", stripped: 1, kept: "" } : { text: unit.toUpperCase() },
    );
    await stream.push("Here is a long explanation of what the loop has to do in each step.\n\ndef solve(): pass\n\n");
    expect(chunks).toEqual(["HERE IS A LONG EXPLANATION OF WHAT THE LOOP HAS TO DO IN EACH STEP.\n\n"]);
    expect(await stream.end()).toBe(true);
  });

  it("stops at a refusal: nothing more is read or streamed, and the answer is refused", async () => {
    const { stream, units, chunks } = recorder(async (unit) =>
      unit.startsWith("bad") ? { text: "", refuse: true } : { text: unit },
    );
    await stream.push("ok\n\nbad\n\nlater\n\n");
    expect(stream.refused).toBe(true);
    await stream.push("more\n\n");
    expect(await stream.end()).toBe(false);
    expect(units).toEqual(["ok\n\n", "bad\n\n"]);
    expect(chunks).toEqual(["ok\n\n"]);
  });

  it("refuses an answer that was mostly solution once its code is stripped", async () => {
    const strip: Guard = async (unit) =>
      unit.startsWith("```") ? { text: "[code removed]\n", stripped: 1, kept: "" } : { text: unit };
    const mostly = recorder(strip);
    await mostly.stream.push("Try this:\n\n```\nprint(42)\n```\n");
    expect(await mostly.stream.end()).toBe(false);
    // thirty characters of its own words (spaces not counted) are enough to keep it
    const enough = recorder(strip);
    await enough.stream.push("Think about what your loop counts each time round\n\n```\nprint(42)\n```\n");
    expect(await enough.stream.end()).toBe(true);
    // a short answer with nothing stripped is fine
    const short = recorder(strip);
    await short.stream.push("Yes!");
    expect(await short.stream.end()).toBe(true);
  });

  it("counts the guard's kept words, not its notes", async () => {
    const { stream } = recorder(async () => ({
      text: "[a long note from the guard about removed code]",
      stripped: 1,
      kept: "ok",
    }));
    await stream.push("x");
    expect(await stream.end()).toBe(false);
  });
});
