import { expect, it } from "vitest";
import { Api } from "./support/client.ts";
import { seriousA11yViolations, setCode, shot } from "./support/browser-kit.ts";
import type { StudentWorld } from "./student-browser.ts";

// The student's tools, in the same signed-in browser as student-browser.ts: a console that stays
// short whatever the program prints, input() answered in it, the step-through view, the editor
// following the theme, lessons with previous/next and done marks, search, and assignments.

export function studentToolsSuite(world: StudentWorld) {
  const run = () => world.page.getByRole("button", { name: /^Run/ }).click();

  it("keeps the page short when a program prints 200,000 lines, and explains why it stopped", async () => {
    const { page, base } = world;
    await page.goto(`${base}/learn/for-loops`);
    await setCode(page, "for i in range(200000):\n    print(i)\n");
    await run();
    await page.getByTestId("output-cut").waitFor({ timeout: 20_000 });
    expect(await page.getByTestId("run-status").getAttribute("data-status")).toBe("output-limit");
    const box = await page.getByTestId("run-output").boundingBox();
    expect(box!.height).toBeLessThan(320);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(4000);
    expect(await page.getByTestId("error-explanation").textContent()).toMatch(/printed too much/i);
    await shot(page, "student-output-cut");
  });

  it("asks for input() in the console, twice, and echoes the answers like a terminal", async () => {
    const { page } = world;
    await setCode(page, 'name = input("Your name? ")\nage = input("Your age? ")\nprint(f"Hi {name}, you are {age}")\n');
    await run();
    const answer = page.getByTestId("console-input");
    await answer.waitFor({ timeout: 20_000 });
    expect(await page.getByTestId("run-output").textContent()).toContain("Your name? ");
    await answer.fill("Ada");
    await answer.press("Enter");
    await expect.poll(() => page.getByTestId("run-output").textContent(), { timeout: 20_000 }).toContain("Your age? ");
    await page.getByTestId("console-input").fill("12");
    await page.getByTestId("console-input").press("Enter");
    await expect.poll(() => page.getByTestId("run-status").getAttribute("data-status"), { timeout: 20_000 }).toBe("ok");
    const out = await page.getByTestId("run-output").textContent();
    expect(out).toBe("Your name? Ada\nYour age? 12\nHi Ada, you are 12\n");
    await shot(page, "student-console-input");
  });

  it("steps through a loop forwards and backwards with its variables, call stack and output", async () => {
    const { page } = world;
    await setCode(page, "total = 0\nfor n in [1, 2, 3]:\n    total = total + n\nprint(total)\n");
    await page.getByRole("button", { name: "Watch it run" }).click();
    const trace = page.getByTestId("trace");
    await trace.waitFor({ timeout: 20_000 });
    const forward = trace.getByRole("button", { name: /Forward/ });
    for (let i = 0; i < 4; i++) await forward.click();
    const now = await trace.getByTestId("trace-now").textContent();
    expect(now).toMatch(/^Line [23]/);
    expect(await trace.locator('[data-var="total"]').textContent()).toMatch(/total\s*[0-9]/);
    expect(await trace.locator('[data-var="n"]').count()).toBe(1);
    expect(await trace.getByTestId("trace-stack").textContent()).toContain("the program");
    await trace.getByRole("button", { name: /Last/ }).click();
    expect(await trace.getByTestId("trace-output").textContent()).toContain("6");
    const last = Number(await trace.getByTestId("trace-step").textContent());
    await trace.getByRole("button", { name: /Back/ }).click();
    expect(Number(await trace.getByTestId("trace-step").textContent())).toBe(last - 1);
    await shot(page, "student-step-through");
  });

  it("clears an old error when a new result arrives, and the editor follows the theme", async () => {
    const { page } = world;
    await setCode(page, "print(totl)\n");
    await run();
    await page.getByTestId("error-explanation").waitFor({ timeout: 20_000 });
    await setCode(page, "print('fine')\n");
    await run();
    await expect.poll(() => page.getByTestId("run-status").getAttribute("data-status"), { timeout: 10_000 }).toBe("ok");
    expect(await page.getByTestId("error-explanation").count()).toBe(0);
    const themed = async () => (await page.locator(".monaco-editor").first().getAttribute("class")) ?? "";
    const dark = await page.evaluate(() => document.documentElement.classList.contains("dark"));
    await page.getByRole("button", { name: dark ? "Light theme" : "Dark theme" }).click();
    await expect.poll(async () => (await themed()).includes("vs-dark"), { timeout: 10_000 }).toBe(!dark);
    await page.getByRole("button", { name: dark ? "Dark theme" : "Light theme" }).click();
    await expect.poll(async () => (await themed()).includes("vs-dark"), { timeout: 10_000 }).toBe(dark);
  });

  it("runs the files exercise with its story.txt in place", async () => {
    const { page, base } = world;
    await page.goto(`${base}/exercises/read-first-line`);
    await setCode(page, 'with open("story.txt", encoding="utf-8") as f:\n    print(f.readline().strip())\n');
    await run();
    await expect.poll(() => page.getByTestId("run-output").textContent(), { timeout: 20_000 }).toBe("The Lost Key\n");
    expect(await page.locator("h1").count()).toBe(1); // the prompt's own title is not shown twice
  });

  it("links lessons with previous and next, marks read lessons, and searches lessons and exercises", async () => {
    const { page, base } = world;
    await page.goto(`${base}/learn/variables`);
    const next = page.getByTestId("next-lesson");
    const href = await next.getAttribute("href");
    await next.click();
    await page.waitForURL(`${base}${href}`);
    await page.getByTestId("prev-lesson").waitFor();
    await page.goto(`${base}/learn`);
    expect(await page.locator('[data-concept="variables"]').getAttribute("data-done")).toBe("true");
    expect(await page.locator('[data-concept="variables"]').textContent()).toContain("✓ Read");
    await page.getByRole("searchbox", { name: "Search lessons" }).fill("loop");
    await page.keyboard.press("Enter");
    await page.waitForURL(/q=loop/);
    const found = await page
      .locator("[data-concept]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-concept")));
    expect(found).toContain("for-loops");
    expect(found).not.toContain("variables");
    await page.goto(`${base}/exercises?q=fizz`);
    expect(
      await page.locator("[data-exercise]").evaluateAll((els) => els.map((e) => e.getAttribute("data-exercise"))),
    ).toEqual(["fizzbuzz"]);
    await page.goto(`${base}/exercises`);
    const sections = await page.locator("main section h2").allTextContents();
    expect(sections[0]).toBe("Python basics");
    const basics = page.locator("main section").first().locator("[data-exercise]");
    const order = await basics.evaluateAll((els) => els.map((e) => e.querySelector("span")?.textContent));
    expect(order.indexOf("hard")).toBeGreaterThan(order.lastIndexOf("easy"));
    expect(await page.locator('[data-exercise="rectangle-area"]').getAttribute("data-done")).toBe("true");
  });

  it("shows the teacher's assignment with its due date and the student's status on the dashboard", async () => {
    const { page, base } = world;
    const teacher = new Api(base);
    teacher.token = (
      await teacher.post("/api/auth/sign-in", { email: "teacher@emberlearn.local", password: "kindle-lessons-2026" })
    ).accessToken;
    const cls = await teacher.post("/api/auth/classes", { name: `Due class ${Date.now()}` });
    await page.goto(`${base}/dashboard`);
    await page.getByLabel("Join code").fill(cls.joinCode);
    await page.getByRole("button", { name: "Join" }).click();
    await page.getByText(/You joined/).waitFor();
    const due = new Date(Date.now() + 3 * 86_400_000).toISOString();
    await teacher.post("/api/exercise/assignments", { classId: cls.id, exerciseId: "fizzbuzz", dueAt: due });
    await teacher.post("/api/exercise/assignments", { classId: cls.id, exerciseId: "rectangle-area" });
    await page.goto(`${base}/dashboard`);
    const fizz = page.locator('[data-assignment="fizzbuzz"]');
    expect(await fizz.getAttribute("data-status")).toBe("not-started");
    expect(await fizz.textContent()).toContain("due in 3 days");
    expect(await page.locator('[data-assignment="rectangle-area"]').getAttribute("data-status")).toBe("passed");
    await shot(page, "student-dashboard-assignments");
  });

  it("scrolls the tutor chat to the newest answer", async () => {
    const { page, base } = world;
    await page.goto(`${base}/learn/variables`);
    for (const q of ["What is a variable?", "Show me another example"]) {
      await page.getByLabel("Your question").fill(q);
      await page.getByRole("button", { name: "Send" }).click();
      await expect.poll(() => page.getByRole("button", { name: "Send" }).isEnabled(), { timeout: 20_000 }).toBe(true);
    }
    const gap = await page.getByTestId("chat-log").evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight);
    expect(gap).toBeLessThan(5);
  });

  it("has no serious accessibility problems with the new parts open, and fits a phone", async () => {
    const { page, base } = world;
    const problems: string[] = [];
    await page.goto(`${base}/exercises/rectangle-area`);
    await setCode(page, "def area(w, h):\n    return w * h\n");
    await page.getByRole("button", { name: "Submit" }).click();
    await page.getByTestId("momentum").waitFor({ timeout: 20_000 });
    await page.getByRole("button", { name: "Watch it run" }).click();
    await page.getByTestId("trace").or(page.getByRole("alert")).first().waitFor({ timeout: 20_000 });
    problems.push(...(await seriousA11yViolations(page)));
    for (const path of ["/dashboard", "/learn?q=loop", "/exercises?q=list", "/sign-up"]) {
      await page.goto(base + path);
      for (const v of await seriousA11yViolations(page)) problems.push(`${path}: ${v}`);
    }
    expect(problems).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    for (const path of ["/exercises/rectangle-area", "/learn/variables", "/dashboard"]) {
      await page.goto(base + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(1);
    }
    await shot(page, "student-dashboard-375");
  }, 120_000);
}
