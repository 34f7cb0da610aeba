import { stringify } from "yaml";
import { buildDapr } from "./dapr.ts";
import { buildKongConfig } from "./kong.ts";
import { buildK8s } from "./k8s.ts";

const HEADER = "# GENERATED from packages/contracts/src/catalog.ts by `npm run generate`. Do not edit by hand.\n";
// kubectl, daprd and Kong all read YAML 1.1, where a bare off/on/yes/no is a boolean: write 1.1
const yaml = (doc: unknown) => stringify(doc, { lineWidth: 0, version: "1.1" });

/** Every generated file, as [path under deploy/, contents]. */
export function renderArtifacts(): [string, string][] {
  const k8s = buildK8s();
  const dapr = buildDapr();
  const files: [string, string][] = [["kong/kong.yml", HEADER + yaml(buildKongConfig())]];
  for (const [file, docs] of Object.entries(k8s)) files.push([`k8s/${file}`, HEADER + docs.map(yaml).join("---\n")]);
  for (const [file, doc] of Object.entries(dapr)) files.push([`dapr/${file}`, HEADER + yaml(doc)]);
  // the one entry point: `kubectl apply -k deploy` (kustomize only reads files below its root)
  const kustomization = {
    apiVersion: "kustomize.config.k8s.io/v1beta1",
    kind: "Kustomization",
    // no `namespace:` here: every object names its own (one RoleBinding must live in kube-system)
    resources: [...Object.keys(k8s).map((f) => `k8s/${f}`), ...Object.keys(dapr).map((f) => `dapr/${f}`)],
    configMapGenerator: [{ name: "kong-config", namespace: "emberlearn", files: ["kong.yml=kong/kong.yml"] }],
  };
  files.push(["kustomization.yaml", HEADER + yaml(kustomization)]);
  return files;
}
