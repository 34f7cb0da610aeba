import { stringify } from "yaml";
import { buildKongConfig } from "./kong.ts";
import { buildK8s } from "./k8s.ts";

const HEADER = "# GENERATED from packages/contracts/src/catalog.ts by `npm run generate`. Do not edit by hand.\n";

/** Every generated file, as [path under deploy/, contents]. */
export function renderArtifacts(): [string, string][] {
  const k8s = Object.entries(buildK8s()).map(([file, docs]): [string, string] => [
    `k8s/${file}`,
    HEADER + docs.map((d) => stringify(d, { lineWidth: 0 })).join("---\n"),
  ]);
  const kustomization = {
    apiVersion: "kustomize.config.k8s.io/v1beta1",
    kind: "Kustomization",
    namespace: "emberlearn",
    resources: Object.keys(buildK8s()),
    configMapGenerator: [{ name: "kong-config", files: ["kong.yml=../kong/kong.yml"] }],
  };
  k8s.push(["k8s/kustomization.yaml", HEADER + stringify(kustomization)]);
  return [["kong/kong.yml", HEADER + stringify(buildKongConfig(), { lineWidth: 0 })], ...k8s];
}
