// bench/web: first-load JavaScript of the dashboard and the learn page (the
// scripts the page's HTML itself references), and what arrives later — to show
// Monaco is loaded lazily, after the page is usable.
//   npx tsx bench/web/first-load.ts      (starts the platform itself, like make start)
import { chromium } from "playwright-core";
import { startEmbedded } from "../../e2e/support/platform.ts";

const platform = await startEmbedded();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
try {
  const page = await browser.newPage();
  await page.goto("http://localhost:8000/sign-in");
  await page.locator("#email").fill("ada@emberlearn.local");
  await page.locator("#password").fill("spark-python-2026");
  await page.keyboard.press("Enter");
  await page.waitForURL(/dashboard/);

  for (const path of ["/dashboard", "/learn/variables"]) {
    const context = await browser.newContext({ storageState: await page.context().storageState() });
    const p = await context.newPage();
    const scripts = new Map<string, { bytes: number; wire: number }>();
    p.on("response", async (r) => {
      if (!new URL(r.url()).pathname.endsWith(".js")) return;
      const body = await r.body().catch(() => Buffer.alloc(0));
      const sizes = await r
        .request()
        .sizes()
        .catch(() => ({ responseBodySize: body.length }));
      scripts.set(new URL(r.url()).pathname, { bytes: body.length, wire: sizes.responseBodySize });
    });
    const response = await p.goto(`http://localhost:8000${path}`);
    const html = await response!.text();
    await p.waitForLoadState("networkidle");
    await p.waitForTimeout(1000);
    // the scripts the server-rendered HTML asks for are the first load; everything else came later
    const referenced = new Set([...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.js)"/g)].map((m) => m[1]));
    const sum = (paths: string[], k: "bytes" | "wire") => paths.reduce((n, x) => n + (scripts.get(x)?.[k] ?? 0), 0);
    const first = [...scripts.keys()].filter((x) => referenced.has(x));
    const later = [...scripts.keys()].filter((x) => !referenced.has(x));
    const monacoLate = later.some((x) => (scripts.get(x)?.bytes ?? 0) > 500_000);
    console.log(
      `${path.padEnd(17)} first-load JS ${kb(sum(first, "bytes")).padStart(7)} (${kb(sum(first, "wire"))} ` +
        `compressed, ${first.length} files); loaded later ${kb(sum(later, "bytes"))} (${kb(sum(later, "wire"))} ` +
        `compressed, ${later.length} files); a >500 KB lazy chunk (Monaco): ${monacoLate}`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  await platform.stop();
}
