import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { startEmbedded, type StartedPlatform } from "./support/platform.ts";
import { CHROMIUM_ARGS, seriousA11yViolations, setCode, shot, signInWith } from "./support/browser-kit.ts";

// The demo teacher's day in Chromium: a class at a glance, an assignment with a due date, a live
// alert that is true and shows the code, the drill-down, the CSV gradebook, the studio, and a
// locked-out student let back in. "Stuck" is shortened to 6 s of work (STRUGGLE_* below).

const WRONG = "def area(width, height):\n    return width + height\n";
const RIGHT = "def area(width, height):\n    return width * height\n";
const TEACHER = { email: "teacher@emberlearn.local", password: "kindle-lessons-2026" };

export const teacherSuite = () =>
  describe("the teacher in Chromium", () => {
    let platform: StartedPlatform;
    let browser: Browser;
    let teacher: Page;
    let ada: Page;
    let classUrl = "";
    const base = "http://localhost:8000";

    beforeAll(async () => {
      mkdirSync(join(import.meta.dirname, "screenshots"), { recursive: true });
      platform = await startEmbedded({
        STRUGGLE_STUCK_MINUTES: "0.1",
        STRUGGLE_IDLE_MINUTES: "0.5",
        STRUGGLE_STUCK_ATTEMPTS: "3",
      });
      browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS });
      teacher = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
      ada = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    }, 180_000);
    afterAll(async () => {
      await browser?.close();
      if (platform) await platform.stop();
    });

    /** A student's submission through the API (the student's own session, like the Submit button). */
    async function submitAs(email: string, code: string) {
      const signIn = await fetch(`${base}/api/auth/sign-in`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, password: "spark-python-2026" }),
      }).then((r) => r.json());
      const res = await fetch(`${base}/api/exercise/exercises/rectangle-area/submissions`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${signIn.accessToken}` },
        body: JSON.stringify({ code }),
      });
      return (await res.json()).grade.passed as boolean;
    }

    it("shows the class heatmap with a legend, not-started cells, sorting, cells that open the student", async () => {
      await signInWith(teacher, base, TEACHER.email, TEACHER.password);
      await teacher.waitForURL(`${base}/teacher`);
      await teacher.getByRole("link", { name: "Demo class" }).click();
      await teacher.getByTestId("heatmap").waitFor();
      classUrl = teacher.url();
      const legend = await teacher.getByTestId("heatmap-legend").textContent();
      for (const word of ["Beginner", "Learning", "Proficient", "Mastered", "Not started"])
        expect(legend).toContain(word);
      const cell = teacher.locator('tr[data-student="Ada Lovelace"] a[data-module="basics"]');
      expect(await cell.getAttribute("data-started")).toBe("false");
      expect(await cell.textContent()).toContain("not started");
      const order = () =>
        teacher.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-student")));
      expect(await order()).toEqual(["Ada Lovelace", "Grace Hopper"]);
      await teacher.getByLabel("Highest first").check();
      expect(await order()).toEqual(["Grace Hopper", "Ada Lovelace"]);
      await teacher.getByLabel("Sort students by").selectOption("overall");
      await shot(teacher, "teacher-heatmap");
      await cell.click();
      await teacher.waitForURL(/\/teacher\/students\/.+\?module=basics/);
      expect(await teacher.getByTestId("student-name").textContent()).toBe("Ada Lovelace");
    });

    it("assigns an exercise with a due date, shows each student's status, and reminds the student", async () => {
      await teacher.goto(classUrl);
      await teacher.getByLabel("Exercise").selectOption("rectangle-area");
      const due = new Date(Date.now() + 24 * 3_600_000 - new Date().getTimezoneOffset() * 60_000);
      await teacher.getByLabel("Due (your local time)").fill(due.toISOString().slice(0, 16));
      await teacher.getByRole("button", { name: "Assign to this class" }).click();
      const row = teacher.locator('[data-testid="assignment"] tr[data-student="Ada Lovelace"]');
      await row.waitFor();
      expect(await row.getAttribute("data-status")).toBe("not-started");
      await signInWith(ada, base, "ada@emberlearn.local", "spark-python-2026");
      await ada.waitForURL(`${base}/dashboard`);
      const reminder = ada.getByTestId("assignments").locator("li", { hasText: "Area of a rectangle" });
      expect(await reminder.textContent()).toContain("Due soon");
      await shot(ada, "student-assignment-reminder");
    });

    it("raises a live alert only after real work, naming the exercise and showing the code", async () => {
      await teacher.goto(classUrl);
      await teacher.getByText("● live").waitFor();
      // Grace solves it, then fails re-submissions for longer than the stuck threshold: nothing fires
      expect(await submitAs("grace@emberlearn.local", RIGHT)).toBe(true);
      await ada.goto(`${base}/exercises/rectangle-area`);
      await setCode(ada, WRONG);
      for (let i = 0; i < 4; i++) {
        await ada.getByRole("button", { name: "Submit" }).click();
        await expect
          .poll(() => ada.getByTestId("grade").getAttribute("data-score"), { timeout: 15_000 })
          .not.toBe("100");
        await submitAs("grace@emberlearn.local", WRONG);
        await ada.waitForTimeout(2500);
      }
      const alert = teacher.locator('[data-trigger="stuck-on-exercise"]', { hasText: "Ada Lovelace" });
      await alert.waitFor({ timeout: 20_000 });
      expect(await alert.getByTestId("alert-subject").textContent()).toBe("Area of a rectangle");
      expect(await alert.getByTestId("alert-code").textContent()).toContain("return width + height");
      expect((await alert.getByTestId("alert-advice").textContent())!.length).toBeGreaterThan(20);
      await teacher.waitForTimeout(3000); // two more sweeps
      expect(await teacher.locator("[data-trigger]", { hasText: "Grace Hopper" }).count()).toBe(0);
      await shot(teacher, "teacher-stuck-alert");
      await alert.getByRole("link", { name: /Open the evidence/ }).click();
      await teacher.waitForURL(/#submission-/);
      const submission = teacher.locator(new URL(teacher.url()).hash);
      await submission.locator("summary").click();
      expect(await submission.getByTestId("submission-code").textContent()).toContain("return width + height");
      expect(await teacher.getByTestId("student-name").textContent()).toBe("Ada Lovelace");
      expect(await teacher.getByText("Students are told in the tutor panel").count()).toBe(1);
      await shot(teacher, "teacher-drill-down");
    }, 120_000);

    it("exports the gradebook as CSV that Python's csv module reads into one row per student", async () => {
      const res = await teacher.request.get(`${classUrl}/gradebook.csv`);
      expect(res.headers()["content-disposition"]).toContain("attachment");
      const parsed = spawnSync(
        "python3",
        [
          "-c",
          "import csv,io,json,sys; print(json.dumps(list(csv.reader(io.StringIO(sys.stdin.read(), newline='')))))",
        ],
        { input: await res.text(), encoding: "utf8" },
      );
      const rows = JSON.parse(parsed.stdout) as string[][];
      expect(rows.map((r) => r[0])).toEqual(["Student", "Ada Lovelace", "Grace Hopper"]);
      const col = rows[0].indexOf("Exercise: Area of a rectangle");
      expect(rows[2][col]).toBe("100");
      expect(rows.every((r) => r.length === rows[0].length)).toBe(true);
    });

    it("writes an exercise in the studio, previews it as a student sees it, edits it and retires it", async () => {
      await teacher.goto(`${base}/teacher/exercises`);
      await teacher.getByLabel("Title").fill("Answer to everything");
      await teacher.getByLabel("Statement (Markdown)").fill("Write `solve()` that returns **42**.");
      for (const [i, hint] of ["Think of a number.", "Functions return values.", "Return 42."].entries())
        await teacher.getByLabel(new RegExp(`^Hint ${i + 1}`)).fill(hint);
      await teacher.getByRole("button", { name: "Check and save" }).click();
      await teacher.waitForURL(/\/teacher\/exercises\/.+\/preview/, { timeout: 30_000 });
      expect(await teacher.getByTestId("preview-status").textContent()).toBe("draft");
      const view = teacher.getByTestId("student-view");
      await view.locator(".monaco-editor").first().waitFor({ timeout: 30_000 });
      expect(await view.locator("h1").textContent()).toBe("Answer to everything");
      expect(await view.locator("strong", { hasText: "42" }).count()).toBe(1); // the Markdown, rendered
      await shot(teacher, "studio-preview");
      await teacher.getByRole("link", { name: "Edit" }).click();
      await teacher.getByLabel("Title").fill("The answer to everything");
      await teacher.getByRole("button", { name: "Check and save changes" }).click();
      await expect.poll(() => view.locator("h1").textContent(), { timeout: 30_000 }).toBe("The answer to everything");
      await teacher.goto(`${base}/teacher/exercises`);
      const item = teacher.locator('li[data-exercise="The answer to everything"]');
      await item.getByRole("button", { name: "Retire" }).click();
      await expect.poll(() => item.getAttribute("data-status")).toBe("retired");
    });

    it("lets a locked-out student back in with a reset link from the teacher", async () => {
      await teacher.goto(classUrl);
      await teacher.locator('tr[data-student="Ada Lovelace"] th a').click();
      await teacher.getByRole("button", { name: "Make a password reset link" }).click();
      const url = (await teacher.getByTestId("reset-link").getAttribute("href"))!;
      const locked = await (await browser.newContext()).newPage();
      await locked.goto(url.replace("http://localhost:8000", base));
      await locked.getByLabel("New password", { exact: true }).fill("brand-new-lantern-9");
      await locked.getByLabel("New password again").fill("brand-new-lantern-9");
      await locked.getByRole("button", { name: "Save my new password" }).click();
      await locked.getByText("Your password is changed").waitFor();
      await signInWith(locked, base, "ada@emberlearn.local", "brand-new-lantern-9");
      await locked.waitForURL(`${base}/dashboard`);
      // the link worked once
      await locked.goto(url.replace("http://localhost:8000", base));
      await locked.getByLabel("New password", { exact: true }).fill("another-lantern-10");
      await locked.getByLabel("New password again").fill("another-lantern-10");
      await locked.getByRole("button", { name: "Save my new password" }).click();
      await locked.getByText("expired or was already used").waitFor();
    });

    it("has no serious or critical accessibility violations on the teacher and recovery pages", async () => {
      const studentPage = teacher.url();
      const problems: string[] = [];
      for (const url of [classUrl, studentPage, `${base}/teacher/exercises`, `${base}/forgot-password`]) {
        await teacher.goto(url);
        // the class page holds a live alert stream open, so the network is never idle
        await teacher.waitForLoadState("load");
        await teacher.waitForTimeout(1500);
        for (const v of await seriousA11yViolations(teacher)) problems.push(`${url}: ${v}`);
      }
      expect(problems).toEqual([]);
    }, 120_000);
  });
