import { runStandalone } from "@emberlearn/platform";
import { codeReviewModule } from "./app.ts";

await runStandalone(codeReviewModule);
