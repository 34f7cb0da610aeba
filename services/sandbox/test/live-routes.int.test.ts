import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  configFor,
  createLogger,
  createMemoryBus,
  metricsOf,
  migrateService,
  openDatabase,
  UnauthorizedError,
} from "@emberlearn/platform";
import type { CloudEvent } from "@emberlearn/contracts";
import { sandboxModule } from "../src/app.ts";

// The interactive run and step-through routes, over real HTTP: the console's events stream as
// server-sent events, answers go in, and one student cannot see or steer another's run.

describe("interactive and trace routes", () => {
  let base = "";
  let stop = async () => {};
  let metrics = async () => "";
  const bus = createMemoryBus();
  const executed: CloudEvent[] = [];
  beforeAll(async () => {
    await bus.subscribe({ topic: "code.events", group: "test", handler: async (e) => void executed.push(e) });
    const database = await openDatabase({});
    await migrateService(database, { service: "sandbox", folder: sandboxModule.migrations! });
    const handle = await sandboxModule.create({
      config: configFor(sandboxModule, { SANDBOX_WORKERS: "1" }),
      logger: createLogger("sandbox", "silent"),
      database,
      bus,
      verifyToken: async (token) => {
        if (!token.startsWith("student-")) throw new UnauthorizedError();
        return { id: token, role: "student", token };
      },
      client: () => {
        throw new Error("unused");
      },
    });
    await handle.start?.();
    await handle.app.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(handle.app.server.address() as { port: number }).port}/api/sandbox`;
    metrics = async () => (await metricsOf(handle.app)?.metrics()) ?? "";
    stop = async () => {
      await handle.app.close();
      await handle.stop?.();
      await database.close();
    };
  });
  afterAll(() => stop());

  const call = (path: string, who: string, body?: unknown, method = "POST") =>
    fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${who}`, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });

  it("streams a run's console and takes the student's answers", async () => {
    const started = await call("/interactive", "student-ada", { code: "n = input('n? ')\nprint(int(n) * 2)" });
    expect(started.status).toBe(201);
    const { runId } = await started.json();
    expect((await call(`/live/${runId}/input`, "student-grace", { text: "1" })).status).toBe(404);
    const events = await fetch(`${base}/live/${runId}/events`, { headers: { authorization: "Bearer student-ada" } });
    expect(events.headers.get("content-type")).toMatch(/text\/event-stream/);
    const reader = events.body!.getReader();
    let text = "";
    let answered = false;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
      if (!answered && text.includes("event: input")) {
        answered = true;
        expect((await call(`/live/${runId}/input`, "student-ada", { text: "21" })).status).toBe(200);
      }
    }
    expect(text).toContain('event: output\ndata: {"stream":"stdout","text":"n? "}');
    expect(text).toMatch(/event: done\ndata: \{"result":\{"status":"ok","stdout":"n\? 21\\n42\\n"/);
  });

  it("ends the program's input when the student presses Ctrl-D, and only for the run's owner", async () => {
    const code = "import sys\nlines = sys.stdin.read().splitlines()\nprint(len(lines), lines)";
    const { runId } = await (await call("/interactive", "student-ada", { code })).json();
    expect((await call(`/live/${runId}/input`, "student-ada", { text: "one" })).status).toBe(200);
    expect((await call(`/live/${runId}/input`, "student-ada", { text: "two" })).status).toBe(200);
    expect((await call(`/live/${runId}/eof`, "student-grace")).status).toBe(404);
    expect((await call(`/live/${runId}/eof`, "student-ada")).status).toBe(200);
    const events = await (
      await fetch(`${base}/live/${runId}/events`, { headers: { authorization: "Bearer student-ada" } })
    ).text();
    // the console echoes what was typed, then the program saw two lines and the end of its input
    expect(events).toContain(`"stdout":"one\\ntwo\\n2 ['one', 'two']\\n"`);
    expect(events).toMatch(/event: done\ndata: \{"result":\{"status":"ok"/);
  });

  it("refuses a bad run id and an oversized answer with a clear 400", async () => {
    expect((await call("/live/not-a-run/input", "student-ada", { text: "x" })).status).toBe(400);
    const { runId } = await (await call("/interactive", "student-ada", { code: "input()" })).json();
    const big = await call(`/live/${runId}/input`, "student-ada", { text: "x".repeat(5000) });
    expect(big.status).toBe(400);
    expect(await big.text()).toMatch(/text/);
    await call(`/live/${runId}`, "student-ada", undefined, "DELETE");
  });

  it("tells the autoscaler how many runs wait for a worker", async () => {
    expect(await metrics()).toMatch(/^sandbox_queue_depth\{service="sandbox"\} 0$/m);
    expect(await metrics()).toMatch(/^sandbox_workers_busy\{service="sandbox"\} \d+$/m);
  });

  it("traces a program", async () => {
    const r = await call("/trace", "student-ada", { code: "x = 1\nx += 1\nprint(x)" });
    expect(r.status).toBe(200);
    const body = await r.json();
    expect(body.trace.steps.map((s: { line: number }) => s.line)).toEqual([1, 2, 3]);
    expect(body.stdout).toBe("2\n");
  });

  it("records each finished run as code.executed for its student, with the code and its error", async () => {
    const code = "print(1 / 0)";
    expect((await call("/trace", "student-lin", { code })).status).toBe(200);
    const { runId } = await (await call("/interactive", "student-lin", { code: "print('hi')" })).json();
    await (await fetch(`${base}/live/${runId}/events`, { headers: { authorization: "Bearer student-lin" } })).text();
    // written after the answer, relayed by the outbox: wait for both
    const mine = () => executed.filter((e) => e.subject === "student-lin");
    for (let i = 0; i < 150 && mine().length < 2; i++) await new Promise((r) => setTimeout(r, 20));
    const data = mine().map((e) => e.data as { code: string; status: string; error?: { type: string } });
    expect(mine().every((e) => e.type === "code.executed")).toBe(true);
    expect(data.find((d) => d.code === code)).toMatchObject({ status: "error", error: { type: "ZeroDivisionError" } });
    expect(data.find((d) => d.code === "print('hi')")).toMatchObject({ status: "ok" });
  });
});
