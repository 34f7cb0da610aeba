// bench/web/lighthouse: Lighthouse's mobile performance (the default: a mid-range phone on a slow
// 4G line, 4× CPU slowdown) of a signed-in student's learn page, median of several runs.
// The goal (issue 16): performance ≥ 90 and total blocking time < 300 ms.
//   npx tsx bench/web/lighthouse.ts [path] [runs]      (starts the platform itself, like make start)
//   BENCH_BASE=http://localhost:8000 npx tsx bench/web/lighthouse.ts   (use a platform already running)
import { execFile } from "node:child_process";
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { chromium } from "playwright-core";
import { startEmbedded } from "../../e2e/support/platform.ts";

const path = process.argv[2] ?? "/learn/variables";
const runs = Number(process.argv[3] ?? 5);
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const platform = process.env.BENCH_BASE ? undefined : await startEmbedded();
const base = process.env.BENCH_BASE ?? "http://localhost:8000";
const out = mkdtempSync(join(tmpdir(), "emberlearn-lh-"));

try {
  // sign in once in a real browser and hand its session cookies to Lighthouse
  const browser = await chromium.launch({ executablePath: CHROME, headless: true, args: ["--no-sandbox"] });
  const page = await browser.newPage();
  await page.goto(`${base}/sign-in`);
  await page.locator("#email").fill("ada@emberlearn.local");
  await page.locator("#password").fill("spark-python-2026");
  await page.keyboard.press("Enter");
  await page.waitForURL(/dashboard/);
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await browser.close();

  const results: { score: number; tbt: number; lcp: number; fcp: number; tti: number; si: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const file = join(out, `run-${i}.json`);
    await promisify(execFile)(
      process.execPath,
      [
        join(import.meta.dirname, "../../node_modules/lighthouse/cli/index.js"),
        base + path,
        "--only-categories=performance",
        "--output=json",
        `--output-path=${file}`,
        "--quiet",
        `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
        '--chrome-flags="--headless --no-sandbox"',
      ],
      { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 64 * 1024 * 1024 },
    );
    const lhr = JSON.parse(readFileSync(file, "utf8"));
    if (lhr.finalDisplayedUrl && !lhr.finalDisplayedUrl.includes(path))
      throw new Error(`Lighthouse ended on ${lhr.finalDisplayedUrl}, not ${path}: the session did not carry over`);
    const ms = (id: string) => Math.round(lhr.audits[id].numericValue);
    results.push({
      score: Math.round(lhr.categories.performance.score * 100),
      tbt: ms("total-blocking-time"),
      lcp: ms("largest-contentful-paint"),
      fcp: ms("first-contentful-paint"),
      tti: ms("interactive"),
      si: ms("speed-index"),
    });
    const lcpNode = lhr.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node;
    if (i === 0 && lcpNode) console.log(`largest contentful paint: ${lcpNode.snippet}`);
    // Lighthouse scales the CPU time it observes: a busy machine reads as a slow phone
    console.log(`run ${i + 1}:`, JSON.stringify(results.at(-1)), `(load average ${loadavg()[0].toFixed(1)})`);
  }
  const median = (k: keyof (typeof results)[number]) => {
    const v = results.map((r) => r[k]).sort((a, b) => a - b);
    return v[Math.floor(v.length / 2)];
  };
  console.log(
    `\n${path} on a mobile profile, median of ${runs}: performance ${median("score")}, ` +
      `TBT ${median("tbt")} ms, LCP ${median("lcp")} ms, FCP ${median("fcp")} ms, TTI ${median("tti")} ms, ` +
      `speed index ${median("si")} ms (range of performance ${Math.min(...results.map((r) => r.score))}–` +
      `${Math.max(...results.map((r) => r.score))})`,
  );
} finally {
  rmSync(out, { recursive: true, force: true });
  await platform?.stop();
}
