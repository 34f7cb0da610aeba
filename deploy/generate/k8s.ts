import { backendServices, WEB_PORT } from "@emberlearn/contracts";
import { hpa, autoscalingManifests, TOPIC_PARTITIONS } from "./k8s-autoscaling.ts";
import {
  IMAGE,
  IMAGE_VERSION,
  NAMESPACE,
  labels,
  objectMeta,
  restrictedContainer,
  restrictedPod,
  selector,
  type Manifest,
} from "./k8s-common.ts";
import { kongManifests } from "./k8s-kong.ts";
import { scrapeConfigMap } from "./k8s-monitoring.ts";
import { defaultDeny, DNS_EGRESS, kafkaOnlyPolicy, peer, servicePolicy } from "./k8s-network.ts";
import { sandboxAdmissionPolicy, sandboxPod, sandboxRuntimeClass } from "./k8s-sandbox.ts";
import { pdb, service, serviceDeployment } from "./k8s-workloads.ts";

// Kubernetes manifests for the distributed mode, generated from the catalog: per service a
// Deployment with its Dapr sidecar, a Service, an HPA, a PDB and a NetworkPolicy; Kong in front;
// the topics Job; autoscaling's adapters. `kubectl apply -k deploy` applies them with deploy/dapr.
// Secrets are never part of it (deploy/secrets.sh creates them once; an apply cannot overwrite them).

export { NAMESPACE };

function namespace(): Manifest {
  return {
    apiVersion: "v1",
    kind: "Namespace",
    metadata: {
      name: NAMESPACE,
      labels: {
        ...labels("emberlearn"),
        // every pod here, the sandbox's included, must meet Pod Security `restricted`
        "pod-security.kubernetes.io/enforce": "restricted",
        "pod-security.kubernetes.io/enforce-version": "v1.33",
        "pod-security.kubernetes.io/warn": "restricted",
        "pod-security.kubernetes.io/audit": "restricted",
      },
    },
  };
}

function configMap(): Manifest {
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: objectMeta("emberlearn-config"),
    // no <SERVICE>_URL: with a sidecar, calls go through Dapr service invocation (mTLS, resiliency)
    data: {
      LOG_LEVEL: "info",
      KAFKA_BROKERS: "kafka:9092",
      // daprd's Kafka producer hashes keys like sarama; every other writer (replay) must agree
      KAFKA_PARTITIONER: "sarama",
      KAFKA_TOPIC_PARTITIONS: String(TOPIC_PARTITIONS),
      KAFKA_REPLICATION_FACTOR: "3",
      AUTH_ISSUER: "https://emberlearn.example.org",
      AUTH_AUDIENCE: "emberlearn",
      CORS_ORIGINS: "https://emberlearn.example.org",
      TRUST_PROXY: "true",
    },
  };
}

/** Creates missing topics with their settings before anything publishes (daprd creates none). */
function topicsJob(): Manifest[] {
  const name = `topics-${IMAGE_VERSION.replace(/\./g, "-")}`; // a Job's pod is immutable: one per release
  return [
    {
      apiVersion: "batch/v1",
      kind: "Job",
      metadata: objectMeta(name, { labels: labels("topics") }),
      spec: {
        backoffLimit: 10,
        ttlSecondsAfterFinished: 86_400,
        template: {
          metadata: { labels: labels("topics") },
          spec: {
            restartPolicy: "OnFailure",
            automountServiceAccountToken: false,
            securityContext: restrictedPod(),
            containers: [
              {
                name: "topics",
                image: IMAGE,
                imagePullPolicy: "IfNotPresent",
                command: ["node", "--import", "tsx", "scripts/events/topics.ts"],
                envFrom: [{ configMapRef: { name: "emberlearn-config" } }],
                resources: { requests: { cpu: "50m", memory: "128Mi" }, limits: { cpu: "500m", memory: "256Mi" } },
                securityContext: restrictedContainer,
                volumeMounts: [{ name: "tmp", mountPath: "/tmp" }],
              },
            ],
            volumes: [{ name: "tmp", emptyDir: { medium: "Memory", sizeLimit: "64Mi" } }],
          },
        },
      },
    },
    kafkaOnlyPolicy("topics"),
  ];
}

function web(): Manifest[] {
  const d = serviceDeployment({
    name: "web" as never,
    port: WEB_PORT,
    prefix: "/",
    description: "",
    routes: [],
    calls: [],
  });
  // biome-ignore lint/suspicious/noExplicitAny: edited field by field; validated below
  const pod = (d.spec as { template: { metadata: Record<string, unknown>; spec: any } }).template;
  pod.metadata.annotations = {}; // no sidecar: the web app only talks to Kong
  const container = pod.spec.containers[0];
  container.command = [
    "node",
    "node_modules/next/dist/bin/next",
    "start",
    "apps/web",
    "-p",
    String(WEB_PORT),
    "-H",
    "0.0.0.0",
  ];
  container.envFrom = [{ configMapRef: { name: "emberlearn-config" } }];
  container.env = [{ name: "HOST", value: "0.0.0.0" }];
  const policy: Manifest = {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: objectMeta("web"),
    spec: {
      podSelector: selector("web"),
      policyTypes: ["Ingress", "Egress"],
      ingress: [{ from: [peer("kong")], ports: [{ protocol: "TCP", port: WEB_PORT }] }],
      egress: [DNS_EGRESS, { to: [peer("kong")], ports: [{ protocol: "TCP", port: 8000 }] }],
    },
  };
  return [d, service("web", [{ name: "http", port: WEB_PORT }]), hpa("web"), pdb("web"), policy];
}

/** Files under deploy/k8s/: the shared base, one per service, Kong, the Job and autoscaling. */
export function buildK8s(): Record<string, Manifest[]> {
  const files: Record<string, Manifest[]> = {
    "00-base.yaml": [
      namespace(),
      configMap(),
      scrapeConfigMap(NAMESPACE, labels("emberlearn")),
      defaultDeny(),
      sandboxRuntimeClass(),
      ...sandboxAdmissionPolicy(NAMESPACE),
    ],
    "topics-job.yaml": topicsJob(),
    "kong.yaml": [...kongManifests(), hpa("kong")],
    "web.yaml": web(),
    "autoscaling.yaml": autoscalingManifests(),
  };
  for (const s of backendServices) {
    const deployment = serviceDeployment(s);
    files[`${s.name}.yaml`] = [
      s.name === "sandbox" ? sandboxPod(deployment) : deployment,
      service(s.name, [{ name: "http", port: s.port }]),
      hpa(s.name),
      pdb(s.name),
      servicePolicy(s),
    ];
  }
  return files;
}
