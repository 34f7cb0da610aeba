import { backendServices } from "@emberlearn/contracts";

// Dapr resources for the distributed mode, generated from the catalog into deploy/dapr/ and
// applied by the same `kubectl apply -k deploy` (Dapr's own CRDs come with Dapr's Helm chart).
// The tests load these very files into a real daprd (self-hosted) and a real kube-apiserver.

export const DAPR_NAMESPACE = "emberlearn";
export const KAFKA_BROKERS = "kafka:9092";

type Resource = Record<string, unknown> & { kind: string; metadata: { name: string; namespace?: string } };

const meta = (name: string, value: string) => ({ name, value });
// component scopes: only these apps' sidecars load a component (and open Kafka connections)
const consumers = backendServices.filter((s) => s.consumes).map((s) => s.name);
const publishers = backendServices.filter((s) => s.publishes).map((s) => s.name);

function kafkaComponent(name: string, extra: { name: string; value: string }[], scopes: string[]): Resource {
  return {
    apiVersion: "dapr.io/v1alpha1",
    kind: "Component",
    metadata: { name, namespace: DAPR_NAMESPACE },
    spec: {
      type: "pubsub.kafka",
      version: "v1",
      metadata: [
        meta("brokers", KAFKA_BROKERS),
        meta("authType", "none"),
        meta("maxMessageBytes", "1048576"),
        // a failed delivery is retried by the resiliency policy, then dead-lettered; the component's
        // own retry only covers the dead-letter write itself, so no event is skipped
        meta("consumeRetryEnabled", "true"),
        ...extra,
      ],
    },
    scopes,
  };
}

/** deploy/dapr/*.yaml */
export function buildDapr(): Record<string, Resource> {
  return {
    // shared work: the consumer group is the app id, so each service's replicas split the partitions
    "pubsub.yaml": kafkaComponent(
      "pubsub",
      [meta("initialOffset", "oldest")],
      [...new Set([...publishers, ...consumers])],
    ),
    // live feeds: a consumer group per sidecar, from the newest event (each replica gets every one)
    "pubsub-broadcast.yaml": kafkaComponent(
      "pubsub-broadcast",
      [meta("consumerGroup", "{appID}-live-{uuid}"), meta("initialOffset", "newest")],
      consumers,
    ),
    "resiliency.yaml": {
      apiVersion: "dapr.io/v1alpha1",
      kind: "Resiliency",
      metadata: { name: "emberlearn", namespace: DAPR_NAMESPACE },
      spec: {
        policies: {
          retries: {
            // Dapr's exponential policy starts at 500 ms and doubles up to maxInterval; after the
            // last retry the event goes to the subscription's dead-letter topic (<topic>.dlq)
            eventDelivery: { policy: "exponential", maxInterval: "10s", maxRetries: 5 },
            // reads only: calls that change something are not retried behind the caller's back
            idempotentCall: { policy: "constant", duration: "200ms", maxRetries: 2 },
          },
          timeouts: { serviceCall: "60s" },
        },
        targets: {
          components: {
            pubsub: { inbound: { retry: "eventDelivery" } },
            "pubsub-broadcast": { inbound: { retry: "eventDelivery" } },
          },
          // auth answers JWKS and roster reads only
          apps: Object.fromEntries(
            backendServices.map((s) => [
              s.name,
              s.name === "auth" ? { retry: "idempotentCall", timeout: "serviceCall" } : { timeout: "serviceCall" },
            ]),
          ),
        },
      },
    },
    // mTLS between sidecars is the control plane's setting (the daprsystem Configuration in
    // dapr-system, on by default), not an app Configuration's: none is set here
    "configuration.yaml": {
      apiVersion: "dapr.io/v1alpha1",
      kind: "Configuration",
      metadata: { name: "emberlearn", namespace: DAPR_NAMESPACE },
      spec: {
        tracing: { samplingRate: "1" },
        metric: { enabled: true },
      },
    },
  };
}

/**
 * The same resources for a self-hosted daprd (tests, a laptop): the given brokers, and
 * optionally other scopes (a test's own app ids). Kubernetes-only fields stay as they are.
 */
export function selfHostedDapr(options: { brokers: string; scopes?: string[] }): Record<string, Resource> {
  const resources = structuredClone(buildDapr());
  for (const r of Object.values(resources)) {
    if (r.kind !== "Component") continue;
    const spec = r.spec as { metadata: { name: string; value: string }[] };
    for (const item of spec.metadata) if (item.name === "brokers") item.value = options.brokers;
    if (options.scopes) r.scopes = options.scopes;
  }
  return resources;
}
