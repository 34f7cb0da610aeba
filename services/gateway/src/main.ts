import { runStandalone } from "@emberlearn/platform";
import { gatewayModule } from "./app.ts";

await runStandalone(gatewayModule);
