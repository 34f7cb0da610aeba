import { runStandalone } from "@emberlearn/platform";
import { conceptsModule } from "./app.ts";

await runStandalone(conceptsModule);
