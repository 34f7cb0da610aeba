import { describe, expect, it } from "vitest";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { Service } from "kubernetes-models/v1/Service";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { Secret } from "kubernetes-models/v1/Secret";
import { Namespace } from "kubernetes-models/v1/Namespace";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";
import { backendServices } from "@emberlearn/contracts";
import { buildK8s } from "./k8s.ts";

// Offline validation against the Kubernetes OpenAPI schemas shipped in kubernetes-models.
const models: Record<string, new (data: never) => { validate(): void }> = {
  "apps/v1/Deployment": Deployment,
  "v1/Service": Service,
  "v1/ConfigMap": ConfigMap,
  "v1/Secret": Secret,
  "v1/Namespace": Namespace,
  "autoscaling/v2/HorizontalPodAutoscaler": HorizontalPodAutoscaler,
  "policy/v1/PodDisruptionBudget": PodDisruptionBudget,
  "networking.k8s.io/v1/NetworkPolicy": NetworkPolicy,
};

const manifests = Object.values(buildK8s()).flat() as any[];

describe("Kubernetes manifests", () => {
  it.each(manifests.map((m) => [`${m.kind}/${m.metadata.name}`, m]))(
    "%s is valid against the Kubernetes schema",
    (_name, m) => {
      const Model = models[`${m.apiVersion}/${m.kind}`];
      expect(Model, `no schema for ${m.apiVersion}/${m.kind}`).toBeDefined();
      expect(() => new Model!(m as never).validate()).not.toThrow();
    },
  );

  it("rejects an invalid manifest (the validation can fail)", () => {
    const broken = structuredClone(manifests.find((m) => m.kind === "Deployment"));
    broken.spec.replicas = "two";
    expect(() => new Deployment(broken).validate()).toThrow();
  });

  const deployments = manifests.filter((m) => m.kind === "Deployment");
  it.each(deployments.map((d) => [d.metadata.name, d]))(
    "Deployment %s has probes, resources, an HPA, a PDB and a NetworkPolicy",
    (name, d) => {
      const c = d.spec.template.spec.containers[0];
      expect(c.readinessProbe).toBeDefined();
      expect(c.livenessProbe).toBeDefined();
      expect(c.resources.requests.cpu && c.resources.limits.memory).toBeTruthy();
      for (const kind of ["NetworkPolicy", "HorizontalPodAutoscaler", "PodDisruptionBudget"])
        expect(
          manifests.some((m) => m.kind === kind && m.metadata.name === name),
          kind,
        ).toBe(true);
    },
  );

  it("services probe /readyz and /healthz, carry Dapr annotations, and the sandbox has no open egress", () => {
    for (const s of backendServices) {
      const d = deployments.find((x) => x.metadata.name === s.name);
      expect(d.spec.template.spec.containers[0].readinessProbe.httpGet.path).toBe("/readyz");
      expect(d.spec.template.spec.containers[0].livenessProbe.httpGet.path).toBe("/healthz");
      expect(d.spec.template.metadata.annotations["dapr.io/app-id"]).toBe(s.name);
    }
    const sandboxPolicy = manifests.find((m) => m.kind === "NetworkPolicy" && m.metadata.name === "sandbox");
    // every egress rule names its destination pods or a single port; none is an open "allow all"
    for (const rule of sandboxPolicy.spec.egress) expect(rule.to ?? rule.ports).toBeDefined();
    expect(
      sandboxPolicy.spec.egress
        .flatMap((r: any) => r.ports ?? [])
        .map((p: any) => p.port)
        .sort(),
    ).toEqual([53, 53, 8010, 9092]);
  });
});
