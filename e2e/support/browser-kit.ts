import { createRequire } from "node:module";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

// What the browser suites share: Debian's Chromium and its flags, axe, screenshots, the editor
// (which a student page fetches only when the pointer comes near it), sign-in.

export const SHOTS = join(import.meta.dirname, "../screenshots");
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export async function signInWith(page: Page, base: string, email: string, password: string) {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

export async function seriousA11yViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () =>
    (
      window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe.run(),
  );
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** The page shows a plain code box first; on student pages Monaco loads when the pointer comes near it. */
export async function monaco(page: Page) {
  await page.getByTestId("code-editor").first().hover();
  const editor = page.locator(".monaco-editor").first();
  await editor.waitFor({ timeout: 30_000 });
  return editor;
}

/** Replaces the editor's content as a paste would (no auto-closing brackets or auto-indent). */
export async function setCode(page: Page, code: string) {
  await (await monaco(page)).click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(code);
}

export const editorText = async (page: Page) =>
  ((await page.locator(".monaco-editor .view-lines").first().textContent()) ?? "").replace(/\u00a0/g, " ");

/** Tabs until `done` says focus arrived, at most `max` times; returns how many Tabs it took. */
export async function tabUntil(page: Page, done: () => Promise<boolean>, max = 40, key = "Tab"): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(key);
    if (await done()) return i;
  }
  throw new Error(`focus did not arrive after ${max} presses of ${key}`);
}
