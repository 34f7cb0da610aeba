import { backendServices } from "@emberlearn/contracts";
import {
  NAMESPACE,
  labels,
  objectMeta,
  restrictedContainer,
  restrictedPod,
  selector,
  type Manifest,
} from "./k8s-common.ts";
import { DNS_EGRESS, kafkaOnlyPolicy } from "./k8s-network.ts";
import { sizing } from "./k8s-workloads.ts";

// Autoscaling on what actually limits each service: the sandbox on its queue of waiting runs,
// progress on its consumer lag (events not yet applied), the rest on CPU. The metrics reach the
// HPA through prometheus-adapter (custom and external metrics APIs) reading the cluster's
// Prometheus; consumer lag comes from kafka-exporter. CPU needs the cluster's metrics-server.
// The queue and lag series are named in docs/operations.md ("Autoscaling").

const ADAPTER_IMAGE = "registry.k8s.io/prometheus-adapter/prometheus-adapter:v0.12.0";
const EXPORTER_IMAGE = "danielqsj/kafka-exporter:v1.9.0";
export const PROMETHEUS_URL = "http://prometheus.monitoring.svc:9090";
/** progress scales no further than its topics have partitions (KAFKA_TOPIC_PARTITIONS) */
export const TOPIC_PARTITIONS = 6;

const cpu = (utilization: number) => ({
  type: "Resource",
  resource: { name: "cpu", target: { type: "Utilization", averageUtilization: utilization } },
});

export function hpa(name: string): Manifest {
  const { min, max } = sizing(name);
  const metrics: Record<string, unknown>[] = [cpu(70)];
  let maxReplicas = max;
  if (name === "sandbox")
    // two runs waiting per pod on average: add pods before students wait seconds
    metrics.unshift({
      type: "Pods",
      pods: { metric: { name: "sandbox_queue_depth" }, target: { type: "AverageValue", averageValue: "2" } },
    });
  if (name === "progress") {
    metrics.unshift({
      type: "External",
      external: {
        metric: { name: "kafka_consumergroup_lag", selector: { matchLabels: { consumergroup: "progress" } } },
        target: { type: "AverageValue", averageValue: "100" },
      },
    });
    maxReplicas = Math.min(max, TOPIC_PARTITIONS); // a replica beyond the partitions gets none
  }
  return {
    apiVersion: "autoscaling/v2",
    kind: "HorizontalPodAutoscaler",
    metadata: objectMeta(name),
    spec: {
      scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name },
      minReplicas: min,
      maxReplicas,
      metrics,
      // scale in slowly: a sandbox pod being drained still finishes its queue
      behavior: { scaleDown: { stabilizationWindowSeconds: 300 } },
    },
  };
}

const adapterConfig = {
  rules: [
    {
      seriesQuery: 'sandbox_queue_depth{namespace!="",pod!=""}',
      resources: { overrides: { namespace: { resource: "namespace" }, pod: { resource: "pod" } } },
      name: { matches: "^sandbox_queue_depth$", as: "sandbox_queue_depth" },
      metricsQuery: "max_over_time(<<.Series>>{<<.LabelMatchers>>}[1m])",
    },
  ],
  externalRules: [
    {
      seriesQuery: 'kafka_consumergroup_lag{consumergroup!=""}',
      resources: { overrides: { namespace: { resource: "namespace" } } },
      name: { matches: "^kafka_consumergroup_lag$", as: "kafka_consumergroup_lag" },
      metricsQuery: "sum(<<.Series>>{<<.LabelMatchers>>}) by (consumergroup)",
    },
  ],
};

function adapter(): Manifest[] {
  const name = "prometheus-adapter";
  const sa = { apiVersion: "v1", kind: "ServiceAccount", metadata: objectMeta(name) };
  const subject = [{ kind: "ServiceAccount", name, namespace: NAMESPACE }];
  const clusterRole = (n: string, rules: unknown[]): Manifest => ({
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "ClusterRole",
    metadata: { name: n, labels: labels(name) },
    rules,
  });
  const binding = (kind: string, n: string, role: string, roleKind = "ClusterRole", ns?: string): Manifest => ({
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind,
    metadata: { name: n, ...(ns ? { namespace: ns } : {}), labels: labels(name) },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: roleKind, name: role },
    subjects: subject,
  });
  const apiService = (group: string): Manifest => ({
    apiVersion: "apiregistration.k8s.io/v1",
    kind: "APIService",
    metadata: { name: `v1beta1.${group}`, labels: labels(name) },
    spec: {
      group,
      version: "v1beta1",
      service: { name, namespace: NAMESPACE, port: 443 },
      // the adapter serves a self-signed certificate it makes at start
      insecureSkipTLSVerify: true,
      groupPriorityMinimum: 100,
      versionPriority: 100,
    },
  });
  return [
    sa as Manifest,
    clusterRole(`emberlearn-${name}`, [
      { apiGroups: [""], resources: ["namespaces", "pods", "services", "configmaps"], verbs: ["get", "list", "watch"] },
    ]),
    binding("ClusterRoleBinding", `emberlearn-${name}`, `emberlearn-${name}`),
    binding("ClusterRoleBinding", `emberlearn-${name}-auth-delegator`, "system:auth-delegator"),
    binding(
      "RoleBinding",
      `emberlearn-${name}-auth-reader`,
      "extension-apiserver-authentication-reader",
      "Role",
      "kube-system",
    ),
    // the HPA controller may read what the adapter serves
    clusterRole("emberlearn-metrics-reader", [
      {
        apiGroups: ["custom.metrics.k8s.io", "external.metrics.k8s.io"],
        resources: ["*"],
        verbs: ["get", "list", "watch"],
      },
    ]),
    {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "ClusterRoleBinding",
      metadata: { name: "emberlearn-hpa-metrics-reader", labels: labels(name) },
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "emberlearn-metrics-reader" },
      subjects: [{ kind: "ServiceAccount", name: "horizontal-pod-autoscaler", namespace: "kube-system" }],
    },
    {
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: objectMeta(`${name}-config`),
      data: { "config.yaml": JSON.stringify(adapterConfig, null, 2) },
    },
    {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: objectMeta(name),
      spec: {
        replicas: 1,
        selector: selector(name),
        template: {
          metadata: { labels: labels(name) },
          spec: {
            serviceAccountName: name,
            securityContext: restrictedPod(65534),
            containers: [
              {
                name,
                image: ADAPTER_IMAGE,
                imagePullPolicy: "IfNotPresent",
                args: [
                  `--prometheus-url=${PROMETHEUS_URL}`,
                  "--config=/etc/adapter/config.yaml",
                  "--secure-port=6443",
                  "--cert-dir=/tmp/cert",
                  "--metrics-relist-interval=1m",
                ],
                ports: [{ name: "https", containerPort: 6443 }],
                readinessProbe: { httpGet: { path: "/readyz", port: "https", scheme: "HTTPS" }, periodSeconds: 10 },
                resources: { requests: { cpu: "50m", memory: "128Mi" }, limits: { cpu: "500m", memory: "256Mi" } },
                securityContext: restrictedContainer,
                volumeMounts: [
                  { name: "config", mountPath: "/etc/adapter", readOnly: true },
                  { name: "tmp", mountPath: "/tmp" },
                ],
              },
            ],
            volumes: [
              { name: "config", configMap: { name: `${name}-config` } },
              { name: "tmp", emptyDir: { medium: "Memory", sizeLimit: "16Mi" } },
            ],
          },
        },
      },
    },
    {
      apiVersion: "v1",
      kind: "Service",
      metadata: objectMeta(name),
      spec: { selector: labels(name), ports: [{ name: "https", port: 443, targetPort: "https" }] },
    },
    {
      apiVersion: "networking.k8s.io/v1",
      kind: "NetworkPolicy",
      metadata: objectMeta(name),
      spec: {
        podSelector: selector(name),
        policyTypes: ["Ingress", "Egress"],
        // the API server's aggregation layer calls it; its address is the cluster's own
        ingress: [{ ports: [{ protocol: "TCP", port: 6443 }] }],
        egress: [
          DNS_EGRESS,
          {
            to: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "monitoring" } } }],
            ports: [{ protocol: "TCP", port: 9090 }],
          },
          // the API server (authentication delegation, discovery)
          {
            ports: [
              { protocol: "TCP", port: 443 },
              { protocol: "TCP", port: 6443 },
            ],
          },
        ],
      },
    },
    apiService("custom.metrics.k8s.io"),
    apiService("external.metrics.k8s.io"),
  ];
}

function kafkaExporter(): Manifest[] {
  const name = "kafka-exporter";
  return [
    {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: objectMeta(name),
      spec: {
        replicas: 1,
        selector: selector(name),
        template: {
          metadata: {
            labels: labels(name),
            annotations: { "prometheus.io/scrape": "true", "prometheus.io/port": "9308" },
          },
          spec: {
            automountServiceAccountToken: false,
            securityContext: restrictedPod(65534),
            containers: [
              {
                name,
                image: EXPORTER_IMAGE,
                imagePullPolicy: "IfNotPresent",
                args: [
                  "--kafka.server=kafka:9092",
                  `--group.filter=^(${backendServices.map((s) => s.name).join("|")})$`,
                ],
                ports: [{ name: "metrics", containerPort: 9308 }],
                resources: { requests: { cpu: "20m", memory: "32Mi" }, limits: { cpu: "200m", memory: "128Mi" } },
                securityContext: restrictedContainer,
              },
            ],
          },
        },
      },
    },
    kafkaOnlyPolicy(name, [
      {
        from: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "monitoring" } } }],
        ports: [{ protocol: "TCP", port: 9308 }],
      },
    ]),
  ];
}

export const autoscalingManifests = (): Manifest[] => [...adapter(), ...kafkaExporter()];
