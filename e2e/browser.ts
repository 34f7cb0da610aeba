import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { chromium, type Browser, type Page } from "playwright-core";
import { startEmbedded, type StartedPlatform } from "./support/platform.ts";
import { monaco, setCode } from "./support/browser-kit.ts";

// The web app in a real browser (Debian's Chromium, headless), against the
// platform started the way `make start` starts it: a student's first session
// and their teacher watching live. Screenshots land in e2e/screenshots/.

const SHOTS = join(import.meta.dirname, "screenshots");
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function seriousA11yViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () =>
    (
      window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
      }
    ).axe.run(),
  );
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
}

export const browserSuite = () =>
  describe("the web app in Chromium", () => {
    let platform: StartedPlatform;
    let browser: Browser;
    let student: Page;
    let teacher: Page;
    const base = "http://localhost:8000";

    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true });
      platform = await startEmbedded();
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: [
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-quic",
        ],
      });
      student = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
      teacher = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    }, 180_000);
    afterAll(async () => {
      await browser?.close();
      if (platform) await platform.stop();
    });

    let joinCode = "";

    it("lets a teacher sign in with the keyboard and open a class with a join code", async () => {
      await teacher.goto(`${base}/sign-in`);
      await teacher.keyboard.press("Tab"); // skip link
      await teacher.locator("#email").focus();
      await teacher.keyboard.type("teacher@emberlearn.local");
      await teacher.keyboard.press("Tab");
      await teacher.keyboard.type("kindle-lessons-2026");
      await teacher.keyboard.press("Enter");
      await teacher.waitForURL(`${base}/teacher`);
      await teacher.getByLabel("Class name").fill("Browser class");
      await teacher.getByRole("button", { name: "Create" }).click();
      const card = teacher.locator("li", { hasText: "Browser class" });
      await card.waitFor();
      joinCode = (await card.getByTestId("join-code").textContent())!.trim();
      expect(joinCode).toMatch(/^[A-Z0-9]{8}$/);
      await shot(teacher, "teacher-classes");
      await card.getByRole("link", { name: "Browser class" }).click();
      await teacher.getByText("● live").waitFor();
    });

    it("lets a new student sign up and join the class", async () => {
      await student.goto(`${base}/sign-up`);
      await student.getByLabel("Name").fill("Browser Student");
      await student.getByLabel("Email").fill(`browser-${Date.now()}@example.org`);
      await student.getByLabel("Password").fill("correct-horse-42");
      await student.getByRole("button", { name: "Sign up" }).click();
      await student.waitForURL(/\/dashboard/);
      await student.getByLabel("Join code").fill(joinCode);
      await student.getByRole("button", { name: "Join" }).click();
      await student.getByText("You joined Browser class").waitFor();
      await shot(student, "dashboard-before");
    });

    it("runs code and shows its output, then explains an error on the right line", async () => {
      await student.goto(`${base}/learn/variables`);
      await setCode(student, 'score = 10\nprint("score is", score)\n');
      await student.getByRole("button", { name: /Run/ }).click();
      await expect
        .poll(() => student.getByTestId("run-output").textContent(), { timeout: 15_000 })
        .toContain("score is 10");
      await setCode(student, "total = 0\nfor n in [1, 2, 3]:\n    total = totl + n\n");
      for (let i = 0; i < 3; i++) {
        await student.getByRole("button", { name: /Run/ }).click();
        await student.getByTestId("error-explanation").waitFor();
        await student.waitForTimeout(300);
      }
      const explanation = await student.getByTestId("error-explanation").textContent();
      expect(explanation).toContain("Line 3");
      expect(explanation).toContain("did you mean total?"); // the names render as code
      await shot(student, "learn-error-explained");
    });

    it("shows the teacher the student's repeated-error alert live, with its evidence", async () => {
      const alert = teacher.locator('[data-trigger="repeated-error"]', { hasText: "Browser Student" });
      // the student joined after the teacher opened the page: the stream learns about them on the way
      await alert.waitFor({ timeout: 15_000 }).catch(async (err) => {
        throw new Error(`${err.message}\nalerts panel: ${await teacher.getByTestId("alerts").textContent()}`);
      });
      expect(await alert.textContent()).toContain("NameError");
      await shot(teacher, "teacher-live-alert");
    });

    it("streams a tutor answer and says which tutor answered", async () => {
      await student.getByLabel("Your question").fill("What is a variable?");
      await student.getByRole("button", { name: "Send" }).click();
      const answer = student.getByTestId("tutor-answer").last();
      await expect.poll(async () => (await answer.textContent())?.length ?? 0, { timeout: 15_000 }).toBeGreaterThan(80);
      // right after a failed run the debugging tutor may take the question; either way the panel names who answered
      expect(await answer.textContent()).toMatch(/^(Concepts tutor|Debugging tutor)/);
      await shot(student, "learn-tutor");
    });

    it("fails then passes an exercise, climbing the hint ladder on the way", async () => {
      await student.goto(`${base}/exercises/rectangle-area`);
      await monaco(student);
      await student.getByRole("button", { name: "Submit" }).click();
      await expect.poll(() => student.getByTestId("grade").getAttribute("data-score"), { timeout: 15_000 }).toBe("0");
      await student.getByRole("button", { name: "Show a hint" }).click();
      await student.getByTestId("hints").locator("li").first().waitFor();
      await setCode(student, "def area(width, height):\n    return width * height\n");
      await student.getByRole("button", { name: "Submit" }).click();
      await expect.poll(() => student.getByTestId("grade").getAttribute("data-score"), { timeout: 15_000 }).toBe("100");
      await shot(student, "exercise-passed");
    });

    it("shows mastery risen on the dashboard, and the progress chart", async () => {
      await student.goto(`${base}/dashboard`);
      const basics = student.locator('[data-module="basics"]');
      await expect
        .poll(async () => Number(await basics.getAttribute("data-mastery")), { timeout: 15_000 })
        .toBeGreaterThan(0);
      await shot(student, "dashboard-after");
      await student.goto(`${base}/progress`);
      await student.getByText("Overall mastery over time").waitFor();
      await shot(student, "progress");
    });

    it("runs a files exercise with its data file beside the program", async () => {
      await student.goto(`${base}/exercises/read-first-line`);
      await setCode(student, 'with open("story.txt", encoding="utf-8") as f:\n    print(f.readline().strip())\n');
      await student.getByRole("button", { name: /Run/ }).click();
      await expect
        .poll(() => student.getByTestId("run-output").textContent(), { timeout: 15_000 })
        .toContain("The Lost Key");
    });

    it("has no serious or critical accessibility violations on the main pages", async () => {
      const pages: [Page, string][] = [
        [student, "/dashboard"],
        [student, "/learn"],
        [student, "/learn/for-loops"],
        [student, "/exercises"],
        [student, "/exercises/greeting"],
        [student, "/quizzes/basics-quiz"],
        [student, "/progress"],
        [teacher, "/teacher"],
      ];
      const problems: string[] = [];
      for (const [page, path] of pages) {
        await page.goto(base + path);
        await page.waitForLoadState("networkidle");
        for (const v of await seriousA11yViolations(page)) problems.push(`${path}: ${v}`);
      }
      await shot(student, "quiz");
      expect(problems).toEqual([]);
    }, 120_000);

    it("fits a 375 px wide phone screen, in light and dark themes", async () => {
      await student.setViewportSize({ width: 375, height: 800 });
      for (const path of ["/dashboard", "/learn/variables", "/exercises"]) {
        await student.goto(base + path);
        const overflow = await student.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(1);
      }
      await student.goto(`${base}/dashboard`);
      await student.getByRole("button", { name: "Dark theme" }).click();
      expect(await student.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(true);
      await shot(student, "dashboard-dark-375");
    });
  });
