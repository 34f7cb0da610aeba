import { runStandalone } from "@emberlearn/platform";
import { exerciseModule } from "./app.ts";

await runStandalone(exerciseModule);
