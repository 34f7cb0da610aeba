// biome-ignore-all lint/suspicious/noExplicitAny: these tests walk generated Kubernetes documents whose shape each
// assertion names; kubernetes-models validates the documents themselves.
import { describe, expect, it } from "vitest";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { Service } from "kubernetes-models/v1/Service";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { Secret } from "kubernetes-models/v1/Secret";
import { Namespace } from "kubernetes-models/v1/Namespace";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";
import { Job } from "kubernetes-models/batch/v1/Job";
import { RuntimeClass } from "kubernetes-models/node.k8s.io/v1/RuntimeClass";
import {
  ValidatingAdmissionPolicy,
  ValidatingAdmissionPolicyBinding,
} from "kubernetes-models/admissionregistration.k8s.io/v1";
import { APIService } from "kubernetes-models/apiregistration.k8s.io/v1/APIService";
import { ClusterRole } from "kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRole";
import { ClusterRoleBinding } from "kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding";
import { RoleBinding } from "kubernetes-models/rbac.authorization.k8s.io/v1/RoleBinding";
import { ServiceAccount } from "kubernetes-models/v1/ServiceAccount";
import { backendServices, metricsPort } from "@emberlearn/contracts";
import { buildK8s } from "./k8s.ts";

// Offline validation against the Kubernetes OpenAPI schemas shipped in kubernetes-models, and the
// properties the design relies on. The real API server judges the same files in k8s-apiserver.int.test.ts.
const models: Record<string, new (data: never) => { validate(): void }> = {
  "apps/v1/Deployment": Deployment,
  "v1/Service": Service,
  "v1/ConfigMap": ConfigMap,
  "v1/Secret": Secret,
  "v1/Namespace": Namespace,
  "autoscaling/v2/HorizontalPodAutoscaler": HorizontalPodAutoscaler,
  "policy/v1/PodDisruptionBudget": PodDisruptionBudget,
  "networking.k8s.io/v1/NetworkPolicy": NetworkPolicy,
  "batch/v1/Job": Job,
  "node.k8s.io/v1/RuntimeClass": RuntimeClass,
  "admissionregistration.k8s.io/v1/ValidatingAdmissionPolicy": ValidatingAdmissionPolicy,
  "admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBinding": ValidatingAdmissionPolicyBinding,
  "apiregistration.k8s.io/v1/APIService": APIService,
  "rbac.authorization.k8s.io/v1/ClusterRole": ClusterRole,
  "rbac.authorization.k8s.io/v1/ClusterRoleBinding": ClusterRoleBinding,
  "rbac.authorization.k8s.io/v1/RoleBinding": RoleBinding,
  "v1/ServiceAccount": ServiceAccount,
};

const manifests = Object.values(buildK8s()).flat() as any[];

describe("Kubernetes manifests", () => {
  it.each(manifests.map((m) => [`${m.kind}/${m.metadata.name}`, m]))(
    "%s is valid against the Kubernetes schema",
    (_name, m) => {
      const Model = models[`${m.apiVersion}/${m.kind}`];
      expect(Model, `no schema for ${m.apiVersion}/${m.kind}`).toBeDefined();
      expect(() => new Model(m as never).validate()).not.toThrow();
    },
  );

  it("rejects an invalid manifest (the validation can fail)", () => {
    const broken = structuredClone(manifests.find((m) => m.kind === "Deployment"));
    broken.spec.replicas = "two";
    expect(() => new Deployment(broken).validate()).toThrow();
  });

  const deployments = manifests.filter((m) => m.kind === "Deployment");
  // EmberLearn's own processes and Kong; single-replica helpers (redis, adapters) have neither HPA nor PDB
  const scaled = deployments.filter(
    (d) => !["kong-redis", "prometheus-adapter", "kafka-exporter"].includes(d.metadata.name),
  );
  it.each(scaled.map((d) => [d.metadata.name, d]))(
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

  it("services probe /readyz and /healthz and call each other through their Dapr sidecars", () => {
    const config = manifests.find((m) => m.kind === "ConfigMap" && m.metadata.name === "emberlearn-config");
    // a <SERVICE>_URL would override Dapr invocation (runtime/config.ts serviceUrl)
    expect(Object.keys(config.data).filter((k) => k.endsWith("_URL"))).toEqual([]);
    expect(config.data.KAFKA_PARTITIONER).toBe("sarama");
    for (const s of backendServices) {
      const d = deployments.find((x) => x.metadata.name === s.name);
      const c = d.spec.template.spec.containers[0];
      expect(c.readinessProbe.httpGet.path).toBe("/readyz");
      expect(c.livenessProbe.httpGet.path).toBe("/healthz");
      expect(d.spec.template.metadata.annotations).toMatchObject({
        "dapr.io/app-id": s.name,
        "dapr.io/app-token-secret": "dapr-app-token",
        "dapr.io/api-token-secret": "dapr-api-token",
      });
      expect(c.envFrom).toContainEqual({ secretRef: { name: `${s.name}-secrets` } });
    }
    for (const d of deployments)
      for (const c of [...d.spec.template.spec.containers, ...(d.spec.template.spec.initContainers ?? [])])
        expect(c.image, d.metadata.name).toMatch(/:[0-9v][\w.-]*$/); // a version, never :latest
  });

  it("lets sidecars reach the Dapr control plane and each callee's sidecar, and the sandbox its database", () => {
    const policy = (name: string) => manifests.find((m) => m.kind === "NetworkPolicy" && m.metadata.name === name);
    for (const s of backendServices) {
      const egress = policy(s.name).spec.egress;
      expect(
        egress.some(
          (r: any) => r.to?.[0]?.namespaceSelector?.matchLabels?.["kubernetes.io/metadata.name"] === "dapr-system",
        ),
      ).toBe(true);
      for (const callee of new Set(["auth", ...s.calls].filter((n) => n !== s.name))) {
        const ingress = policy(callee).spec.ingress;
        expect(
          ingress.some(
            (r: any) =>
              r.ports.some((p: any) => p.port === 50002) &&
              r.from.some((f: any) => f.podSelector?.matchLabels?.["app.kubernetes.io/name"] === s.name),
          ),
          `${s.name} -> ${callee}`,
        ).toBe(true);
      }
    }
    const sandboxPorts = policy("sandbox").spec.egress.flatMap((r: any) =>
      r.to ? [] : r.ports.map((p: any) => p.port),
    );
    expect(sandboxPorts.sort()).toEqual([5432, 9092]);
  });

  it("runs the sandbox unprivileged: own user namespace, no added capability, its RuntimeClass and profiles", () => {
    const pod = deployments.find((d) => d.metadata.name === "sandbox").spec.template.spec;
    const c = pod.containers[0];
    expect(pod.hostUsers).toBe(false);
    expect(pod.runtimeClassName).toBe("emberlearn-sandbox");
    expect(c.securityContext).toMatchObject({ allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } });
    expect(c.securityContext.capabilities.add).toBeUndefined();
    expect(c.securityContext.seccompProfile.type).toBe("Localhost");
    expect(c.securityContext.appArmorProfile.type).toBe("Localhost");
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 10001 });
    expect(c.env).toContainEqual({
      name: "SANDBOX_WORKERS",
      valueFrom: { resourceFieldRef: { resource: "limits.cpu", divisor: "1" } },
    });
  });

  it("serves app metrics on a port only Prometheus can reach (not Kong); each service gets the identity secret", () => {
    const all = Object.values(buildK8s()).flat() as any[];
    const policies = all.filter((m) => m.kind === "NetworkPolicy");
    for (const s of backendServices) {
      const d = all.find((m) => m.kind === "Deployment" && m.metadata.name === s.name);
      const c = d.spec.template.spec.containers.find((x: any) => x.name === s.name);
      expect(c.ports).toContainEqual({ name: "metrics", containerPort: metricsPort(s) });
      expect(d.spec.template.metadata.annotations["prometheus.io/port"]).toBe(String(metricsPort(s)));
      expect(c.env).toContainEqual({
        name: "SERVICE_TOKEN_SECRET",
        valueFrom: { secretKeyRef: { name: "service-identity", key: "token" } },
      });
      const ingress = policies.find((p) => p.metadata.name === s.name).spec.ingress;
      const toMetrics = ingress.filter((r: any) => r.ports.some((p: any) => p.port === metricsPort(s)));
      expect(toMetrics.flatMap((r: any) => r.from).map((f: any) => JSON.stringify(f))).toEqual([
        expect.stringContaining('"monitoring"'),
      ]);
      const toApi = ingress.filter((r: any) => r.ports.some((p: any) => p.port === s.port));
      for (const rule of toApi) expect(JSON.stringify(rule.from)).not.toContain('"monitoring"');
    }
    const kongEgress = policies.find((p) => p.metadata.name === "kong").spec.egress.flatMap((r: any) => r.ports ?? []);
    for (const s of backendServices) expect(kongEgress.map((p: any) => p.port)).not.toContain(metricsPort(s));
    const scrape = all.find((m) => m.kind === "ConfigMap" && m.metadata.name === "prometheus-scrape-config");
    expect(scrape.data["emberlearn-scrape.yml"]).toContain("prometheus_io_port");
  });
});
