import { z } from "zod";
import type { ServiceClient } from "@emberlearn/platform";

const report = z
  .object({ modules: z.array(z.object({ moduleId: z.string(), mastery: z.number() }).passthrough()) })
  .passthrough();

/** The caller's mastery per module, from the progress service; empty when it cannot be had. */
export async function fetchModuleMastery(progress: ServiceClient): Promise<Map<string, number>> {
  try {
    const r = await progress.call({ path: "/api/progress/me", schema: report, timeoutMs: 3000 });
    return new Map(r.modules.map((m) => [m.moduleId, m.mastery]));
  } catch {
    return new Map();
  }
}
