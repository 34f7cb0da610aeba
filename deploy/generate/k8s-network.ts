import { backendServices, type ServiceEntry, type ServiceName, metricsPort } from "@emberlearn/contracts";
import { objectMeta, selector, type Manifest } from "./k8s-common.ts";

// NetworkPolicies: everything is denied (00-base.yaml) unless allowed here. Service-to-service
// calls go sidecar to sidecar (Dapr invocation, mTLS), so a callee admits its callers on the
// sidecar's internal gRPC port, not on the app port; only Kong reaches app ports.

export const DAPR_INTERNAL_GRPC = 50002;
export const DAPR_METRICS = 9090;
// pod ports of the Dapr control plane in dapr-system: sentry (identity, mTLS certificates),
// operator (components, configuration), placement and scheduler (actors, jobs: unused, but
// 1.14 sidecars connect to them when the control plane runs them)
const DAPR_CONTROL_PLANE = [50001, 6500, 50005, 50006];
export const POSTGRES_PORT = 5432;
export const KAFKA_PORT = 9092;

const tcp = (port: number) => ({ protocol: "TCP", port });
export const peer = (name: string) => ({ podSelector: { matchLabels: { "app.kubernetes.io/name": name } } });
const inNamespace = (ns: string) => ({ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": ns } } });

export const DNS_EGRESS = {
  to: [{ namespaceSelector: {}, podSelector: { matchLabels: { "k8s-app": "kube-dns" } } }],
  ports: [
    { protocol: "UDP", port: 53 },
    { protocol: "TCP", port: 53 },
  ],
};
const DAPR_EGRESS = { to: [inNamespace("dapr-system")], ports: DAPR_CONTROL_PLANE.map(tcp) };
/**
 * Prometheus (namespace `monitoring`) scrapes the app's metrics port (never its API port, which
 * serves no metrics: k8s-monitoring.ts) and the sidecar's
 */
export const monitoringIngress = (metricsPort: number) => ({
  from: [inNamespace("monitoring")],
  ports: [tcp(metricsPort), tcp(DAPR_METRICS)],
});

/** who calls whom: the catalog's `calls`, plus every service fetching auth's JWKS */
export function callersOf(name: string): string[] {
  const callers = backendServices.filter(
    (s) => s.name !== name && (s.calls.includes(name as ServiceName) || name === "auth"),
  );
  return callers.map((s) => s.name);
}

export function servicePolicy(entry: ServiceEntry): Manifest {
  const callees = [...new Set(["auth", ...entry.calls])].filter((n) => n !== entry.name);
  const callers = callersOf(entry.name);
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: objectMeta(entry.name),
    spec: {
      podSelector: selector(entry.name),
      policyTypes: ["Ingress", "Egress"],
      ingress: [
        // the sandbox's /test is internal (Kong answers 404), but its /run is public
        { from: [peer("kong")], ports: [tcp(entry.port)] },
        ...(callers.length ? [{ from: callers.map(peer), ports: [tcp(DAPR_INTERNAL_GRPC)] }] : []),
        monitoringIngress(metricsPort(entry)),
      ],
      egress: [
        DNS_EGRESS,
        DAPR_EGRESS,
        ...(callees.length ? [{ to: callees.map(peer), ports: [tcp(DAPR_INTERNAL_GRPC)] }] : []),
        // PostgreSQL (Neon or in-cluster) and Kafka by port: the sidecar publishes and consumes,
        // the app keeps its outbox and inbox in its own database (the sandbox too). Student code
        // in the sandbox has no network at all (its own network namespace, docs/sandbox.md).
        { ports: [tcp(POSTGRES_PORT), tcp(KAFKA_PORT)] },
      ],
    },
  };
}

/** a pod that only talks to Kafka (the topics Job, kafka-exporter) */
export function kafkaOnlyPolicy(name: string, ingress: Record<string, unknown>[] = []): Manifest {
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: objectMeta(name),
    spec: {
      podSelector: selector(name),
      policyTypes: ["Ingress", "Egress"],
      ...(ingress.length ? { ingress } : {}), // none: nothing may connect to it
      egress: [DNS_EGRESS, { ports: [tcp(KAFKA_PORT)] }],
    },
  };
}

export function defaultDeny(): Manifest {
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: objectMeta("default-deny"),
    spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] },
  };
}
