// `npm run generate`: writes every artifact derived from the service catalog.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderArtifacts } from "./artifacts.ts";

const deployDir = join(dirname(fileURLToPath(import.meta.url)), "..");
for (const [path, text] of renderArtifacts()) {
  mkdirSync(dirname(join(deployDir, path)), { recursive: true });
  writeFileSync(join(deployDir, path), text);
  console.log(`wrote deploy/${path}`);
}
