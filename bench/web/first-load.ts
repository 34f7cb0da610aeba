// bench/web: first-load JavaScript of the dashboard and the learn page, and
// proof that Monaco arrives only after the page is interactive.
//   npx tsx bench/web/first-load.ts      (starts the platform itself, like make start)
import { chromium, type Page } from "playwright-core";
import { startEmbedded } from "../../e2e/support/platform.ts";

const platform = await startEmbedded();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
try {
  const page = await browser.newPage();
  await page.goto(`${platform.base.replace("127.0.0.1", "localhost")}/sign-in`);
  await page.locator("#email").fill("ada@emberlearn.local");
  await page.locator("#password").fill("spark-python-2026");
  await page.keyboard.press("Enter");
  await page.waitForURL(/dashboard/);

  for (const path of ["/dashboard", "/learn/variables"]) {
    const fresh = await browser.newContext({ storageState: await page.context().storageState() });
    const p = await fresh.newPage();
    const scripts: { url: string; bytes: number; at: number }[] = [];
    const started = Date.now();
    p.on("response", async (r) => {
      if (r.request().resourceType() !== "script" && !r.url().endsWith(".js")) return;
      const body = await r.body().catch(() => Buffer.alloc(0));
      scripts.push({ url: r.url(), bytes: body.length, at: Date.now() - started });
    });
    await p.goto(`http://localhost:8000${path}`, { waitUntil: "load" });
    const loadedAt = Date.now() - started;
    const firstLoad = scripts.filter((s) => s.at <= loadedAt).reduce((n, s) => n + s.bytes, 0);
    await p.waitForLoadState("networkidle");
    await p.waitForTimeout(500);
    const later = scripts.filter((s) => s.at > loadedAt);
    const monaco = await hasMonaco(p);
    console.log(`${path.padEnd(18)} first-load JS ${(firstLoad / 1024).toFixed(0).padStart(5)} KB (uncompressed, ${scripts.filter((s) => s.at <= loadedAt).length} files); after load: ${(later.reduce((n, s) => n + s.bytes, 0) / 1024).toFixed(0)} KB in ${later.length} files; Monaco on page: ${monaco}`);
    await fresh.close();
  }
} finally {
  await browser.close();
  await platform.stop();
}

async function hasMonaco(p: Page) {
  return p.evaluate(() => Boolean(document.querySelector(".monaco-editor")));
}
