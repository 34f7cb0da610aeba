import type { ServiceModule } from "@emberlearn/platform";
import { authModule } from "@emberlearn/auth";
import { triageModule } from "@emberlearn/triage";
import { conceptsModule } from "@emberlearn/concepts";
import { codeReviewModule } from "@emberlearn/code-review";
import { debugModule } from "@emberlearn/debug";
import { exerciseModule } from "@emberlearn/exercise";
import { progressModule } from "@emberlearn/progress";
import { gatewayModule } from "@emberlearn/gateway";
import { sandboxModule } from "@emberlearn/sandbox";

/** Every service of the platform, in start order: auth first (others fetch its JWKS), gateway last. */
export const allModules: ServiceModule[] = [
  authModule,
  sandboxModule,
  triageModule,
  conceptsModule,
  codeReviewModule,
  debugModule,
  exerciseModule,
  progressModule,
  gatewayModule,
];
