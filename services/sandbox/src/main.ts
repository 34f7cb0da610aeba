import { runStandalone } from "@emberlearn/platform";
import { sandboxModule } from "./app.ts";

await runStandalone(sandboxModule);
