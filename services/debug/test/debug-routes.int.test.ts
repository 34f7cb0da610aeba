import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServices, type TestServices } from "@emberlearn/platform/testing/services";
import { debugModule } from "../src/app.ts";

// The hint ladder and the failing-check explanation, through HTTP: three rungs that never hand over the
// corrected program, the failing check in words, and a named 400 for a rung that does not exist.

describe("debug routes", () => {
  let services: TestServices;
  beforeAll(async () => {
    services = await startTestServices([debugModule]);
  });
  afterAll(() => services?.stop());

  const post = (path: string, body: unknown) =>
    fetch(`${services.url("debug")}${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${services.token("ada")}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  const code = "name = 'Ada'\nprint(nmae)\n";
  const error = { type: "NameError", message: "name 'nmae' is not defined", line: 2 };

  it("climbs the hint ladder one rung at a time, never with a code block or the fixed line", async () => {
    const hints = [];
    for (const level of [1, 2, 3]) {
      const res = await post("/api/debug/hint", { code, error, level });
      expect(res.status).toBe(200);
      const hint = await res.json();
      expect(hint).toMatchObject({ level, of: 3 });
      expect(hint.text).not.toContain("```");
      expect(hint.text).not.toContain("print(name)");
      hints.push(hint.text);
    }
    expect(new Set(hints).size).toBe(3);
  });

  it("refuses a rung that does not exist, naming the field", async () => {
    const res = await post("/api/debug/hint", { code, error, level: 4 });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain("level");
  });

  it("explains the first failing check by name and what it expected", async () => {
    const res = await post("/api/debug/explain-tests", {
      code: "def add(a, b):\n    return a - b\n",
      testResults: [
        { name: "adds small numbers", passed: false, message: "AssertionError: -1 != 3 : add(1, 2) should be 3" },
        { name: "adds zero", passed: true, message: "" },
      ],
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.title).toBe("1 of 2 checks fail");
    expect(body.explanation).toContain('The check "adds small numbers" expected 3 but your code gave -1.');
    expect(body.hints).toHaveLength(3);
    const allPass = await (
      await post("/api/debug/explain-tests", { code: "x = 1", testResults: [{ name: "a", passed: true, message: "" }] })
    ).json();
    expect(allPass.title).toBe("All checks pass");
  });
});
