import { runStandalone } from "@emberlearn/platform";
import { debugModule } from "./app.ts";

await runStandalone(debugModule);
