import { runStandalone } from "@emberlearn/platform";
import { progressModule } from "./app.ts";

await runStandalone(progressModule);
