import { progressMe } from "@emberlearn/contracts/http";
import type { ServiceClient } from "@emberlearn/platform";

/** The caller's mastery per module, from the progress service; empty when it cannot be had. */
export async function fetchModuleMastery(progress: ServiceClient): Promise<Map<string, number>> {
  try {
    const r = await progress.request(progressMe, { timeoutMs: 3000 });
    return new Map(r.modules.map((m) => [m.moduleId, m.mastery]));
  } catch {
    return new Map();
  }
}
