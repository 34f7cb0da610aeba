import { expect } from "vitest";
import type { ServiceProcess } from "./start-services.ts";

export type { ServiceProcess };

/** SIGTERM to each service, last started first; each must exit 0 (one that died by a signal fails) */
export async function stopEachCleanly(processes: ServiceProcess[]): Promise<void> {
  for (const p of [...processes].reverse()) {
    p.child.kill("SIGTERM");
    const code = await new Promise<number | null>((r) =>
      p.child.exitCode !== null || p.child.signalCode !== null
        ? r(p.child.exitCode)
        : p.child.once("exit", (c) => r(c)),
    );
    expect(code, `${p.name}:\n${p.log().slice(-1000)}`).toBe(0);
  }
}
