import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbedded, type StartedPlatform } from "./support/platform.ts";
import { runLearningLoop } from "./support/learning-loop.ts";
import { checkTheEdge } from "./support/edge-checks.ts";
import { spawnSync } from "node:child_process";
import { join } from "node:path";

// The whole platform started the way `make start` starts it, driven over HTTP
// through the gateway like the web app does.
export const embeddedSuite = () =>
  describe("embedded mode, end to end through the gateway", () => {
    let platform: StartedPlatform;
    beforeAll(async () => {
      platform = await startEmbedded();
    }, 120_000);
    afterAll(async () => {
      if (platform) expect(await platform.stop()).toBe(0);
    });

    it("refuses a wrong setting with one line naming the variable", () => {
      const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
        cwd: join(import.meta.dirname, ".."),
        env: { ...process.env, DATABASE_URL: "nonsense" },
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split("\n")).toEqual([expect.stringContaining("DATABASE_URL")]);
      expect(r.stderr).toContain("must be a postgres:// or postgresql:// URL");
    });

    it("prints the URL and the demo accounts", () => {
      expect(platform.output()).toContain("EmberLearn is running at http://localhost:8000");
      expect(platform.output()).toMatch(/teacher\s+teacher@emberlearn\.local/);
      expect(platform.output()).toMatch(/student\s+ada@emberlearn\.local/);
    });

    it("runs the learning loop: code, errors explained, tutor, exercises, mastery, live alerts", async () => {
      await runLearningLoop(platform.base, {
        teacher: { email: "teacher@emberlearn.local", password: "kindle-lessons-2026" },
      });
    }, 60_000);

    it("holds its edge: one spelling per path, internal routes, text fields, metrics, web app refusals", async () => {
      await checkTheEdge(platform.base);
    }, 60_000);

    it("follows one correlation id through the gateway, the exercise service and the sandbox it calls", async () => {
      const signIn = await (
        await fetch(`${platform.base}/api/auth/sign-in`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email: "ada@emberlearn.local", password: "spark-python-2026" }),
        })
      ).json();
      const res = await fetch(`${platform.base}/api/exercise/exercises/rectangle-area/submissions`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${signIn.accessToken}`,
          "x-correlation-id": "abc",
        },
        body: JSON.stringify({ code: "def area(w, h):\n    return w * h\n" }),
      });
      expect(res.status).toBe(200);
      await new Promise((r) => setTimeout(r, 300));
      const lines = platform
        .output()
        .split("\n")
        .filter((l) => l.startsWith("{") && l.includes('"correlationId":"abc"'))
        .map((l) => JSON.parse(l));
      const services = new Set(lines.map((l) => l.service));
      for (const s of ["gateway", "exercise", "sandbox"]) expect(services, `logs of ${s}`).toContain(s);
    });
  });
