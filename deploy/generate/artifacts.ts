import { stringify } from "yaml";
import { buildKongConfig } from "./kong.ts";

const HEADER = "# GENERATED from packages/contracts/src/catalog.ts by `npm run generate`. Do not edit by hand.\n";

/** Every generated file, as [path under deploy/, contents]. */
export function renderArtifacts(): [string, string][] {
  return [["kong/kong.yml", HEADER + stringify(buildKongConfig(), { lineWidth: 0 })]];
}
