import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox, type Sandbox } from "../src/domain/index.ts";
import type { RunSession, SessionEvent } from "../src/domain/session.ts";

// Interactive runs and step-through, in the real sandbox.

function answering(session: RunSession, answers: string[]): Promise<SessionEvent[]> {
  const seen: SessionEvent[] = [];
  return new Promise((resolve) => {
    session.subscribe((e) => {
      seen.push(e);
      if (e.event === "input") {
        const next = answers.shift();
        if (next === undefined) session.eof();
        else session.input(next);
      }
      if (e.event === "done") resolve(seen);
    });
  });
}

describe("interactive runs", () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await createSandbox({ workers: 2 });
  });
  afterAll(() => sandbox.close());

  it("asks in the console and echoes the answers like a terminal", async () => {
    const code = "name = input('Name? ')\nage = int(input('Age? '))\nprint(f'Hi {name}, next year {age + 1}')\n";
    const events = await answering(sandbox.start({ code, user: "a" }), ["Ada", "12"]);
    expect(events.filter((e) => e.event === "input")).toHaveLength(2);
    const done = events.at(-1) as Extract<SessionEvent, { event: "done" }>;
    expect(done.result).toMatchObject({ status: "ok", stdout: "Name? Ada\nAge? 12\nHi Ada, next year 13\n" });
    // the prompt arrived before the program waited, not only at the end
    const firstInput = events.findIndex((e) => e.event === "input");
    expect(events.slice(0, firstInput).some((e) => e.event === "output" && e.text.includes("Name?"))).toBe(true);
  });

  it("does not count time spent waiting for the student", async () => {
    const session = sandbox.start({ code: "x = input()\nprint('got', x)", timeoutMs: 1000, user: "b" });
    const seen: SessionEvent[] = [];
    session.subscribe((e) => {
      seen.push(e);
      if (e.event === "input") setTimeout(() => session.input("late"), 2500);
    });
    const result = await session.result;
    expect(result).toMatchObject({ status: "ok", stdout: "late\ngot late\n" });
  }, 15_000);

  it("gives EOFError at the end of input, and can be stopped", async () => {
    const eof = await answering(sandbox.start({ code: "input()", user: "c" }), []);
    expect((eof.at(-1) as Extract<SessionEvent, { event: "done" }>).result.error?.type).toBe("EOFError");
    const looping = sandbox.start({
      code: "import time\nwhile True:\n    print('tick')\n    time.sleep(0.1)",
      user: "d",
    });
    setTimeout(() => looping.stop(), 400);
    expect(await looping.result).toMatchObject({ status: "signal", signal: "stopped" });
  });

  it("still stops a program that computes too long between inputs", async () => {
    const r = await sandbox.start({ code: "while True:\n    pass", timeoutMs: 800, user: "e" }).result;
    expect(r.status).toBe("timeout");
  });
});

describe("step-through", () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await createSandbox({ workers: 1 });
  });
  afterAll(() => sandbox.close());

  it("records each line with its variables, calls with their stack, and the output so far", async () => {
    const code =
      "def double(n):\n    return n * 2\n\ntotal = 0\nfor i in range(3):\n    total += double(i)\n    print(total)\n";
    const r = await sandbox.trace({ code });
    expect(r.status).toBe("ok");
    const steps = r.trace.steps;
    expect(steps[0]).toMatchObject({ line: 1, event: "line", function: "<module>" });
    const inDouble = steps.find((s) => s.function === "double" && s.event === "line")!;
    expect(inDouble.stack.map((f) => f.function)).toEqual(["<module>", "double"]);
    expect(inDouble.locals).toEqual({ n: "0" });
    expect(steps.find((s) => s.event === "return" && s.function === "double")?.returned).toBe("0");
    const last = steps.at(-1)!;
    expect(last.globals).toMatchObject({ total: "6", i: "2" });
    expect(r.stdout.slice(0, last.stdoutLength)).toBe("0\n2\n6\n");
    expect(r.trace.truncated).toBe(false);
  });

  it("stops recording after 1,000 steps and says so, and records exceptions", async () => {
    const long = await sandbox.trace({ code: "n = 0\nfor i in range(10_000):\n    n += i\nprint(n)" });
    expect(long.trace.steps).toHaveLength(1000);
    expect(long.trace.truncated).toBe(true);
    expect(long.stdout).toBe("49995000\n");
    const failing = await sandbox.trace({ code: "items = [1]\nprint(items[3])" });
    expect(failing.trace.steps.some((s) => s.event === "exception" && s.exception?.startsWith("IndexError"))).toBe(
      true,
    );
    expect(failing.error?.type).toBe("IndexError");
  });
});

describe("answers that reach the worker together with their run", () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await createSandbox({ workers: 1 });
  });
  afterAll(() => sandbox.close());

  // While the only worker is busy, the next run's answers are held; they go out the moment it
  // takes the run, so the supervisor reads the request and them in one go.
  it("acts on them instead of waiting for more", async () => {
    const busy = sandbox.run({ code: "import time\ntime.sleep(0.3)", user: "first" });
    const typed = sandbox.start({ code: "a = input()\nb = input()\nprint(a + b)", user: "second" });
    typed.input("ab");
    typed.input("cd");
    const stopped = sandbox.start({ code: "input()", user: "third" });
    stopped.stop();
    expect((await busy).status).toBe("ok");
    expect(await typed.result).toMatchObject({ status: "ok", stdout: "ab\ncd\nabcd\n" });
    expect(await stopped.result).toMatchObject({ status: "signal", signal: "stopped" });
  }, 20_000);
});
