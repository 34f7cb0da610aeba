import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { serviceEntry } from "@emberlearn/contracts";
import { describe, expect, it } from "vitest";

// Ruff is WebAssembly. With V8's default tiers the process grew by ~200 MB over the first 4,000 reviews
// (~370 MB by 20,000: its optimising compiler recompiling Ruff's hot functions), past the service's
// 512 Mi limit in Kubernetes. The service's own Node flags (the catalog's nodeFlags, which Kubernetes and
// `make start` use) must keep reviewing from growing the process.

describe("code review's memory", () => {
  it("stays flat over thousands of reviews with the service's Node flags", () => {
    const flags = serviceEntry("code-review").nodeFlags ?? [];
    const child = spawnSync(
      process.execPath,
      [...flags, "--import", "tsx", join(import.meta.dirname, "fixture/many-reviews.ts"), "4000"],
      { encoding: "utf8", timeout: 120_000 },
    );
    expect(child.stderr).toBe("");
    const { first, last } = JSON.parse(child.stdout) as { first: number; last: number };
    expect(last - first).toBeLessThan(60);
  }, 150_000);
});
