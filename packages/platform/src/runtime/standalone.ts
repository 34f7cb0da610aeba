import { ConfigError } from "../config.ts";
import { runServices, stopOnSignals } from "./run.ts";
import type { ServiceModule } from "./service-module.ts";

/** A service's main.ts in distributed mode: one module, its own process, env config. */
export async function runStandalone(module: ServiceModule): Promise<void> {
  try {
    const platform = await runServices([module]);
    stopOnSignals(platform);
    platform.logger.info({ port: platform.handles.get(module.name)?.app.server.address() }, `${module.name} listening`);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}
