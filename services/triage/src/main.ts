import { runStandalone } from "@emberlearn/platform";
import { triageModule } from "./app.ts";

await runStandalone(triageModule);
