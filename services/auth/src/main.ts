import { runStandalone } from "@emberlearn/platform";
import { authModule } from "./app.ts";

await runStandalone(authModule);
