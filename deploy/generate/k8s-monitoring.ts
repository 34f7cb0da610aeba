import { stringify } from "yaml";
import { metricsPort, type ServiceEntry } from "@emberlearn/contracts";

// Metrics are served on each service's metrics port (its API port + 1000), never on the API port
// that Kong proxies to. Kong's Service and NetworkPolicy name only API ports, so the edge cannot
// reach metrics by any path; each service's NetworkPolicy lets only Prometheus (in the "monitoring"
// namespace) reach its metrics port; pods are annotated so Prometheus finds them.

export const MONITORING_NAMESPACE = "monitoring";
const PROMETHEUS = { "app.kubernetes.io/name": "prometheus" };

export function metricsContainerPort(entry: ServiceEntry) {
  return { name: "metrics", containerPort: metricsPort(entry) };
}

export function scrapeAnnotations(entry: ServiceEntry): Record<string, string> {
  return {
    "prometheus.io/scrape": "true",
    "prometheus.io/port": String(metricsPort(entry)),
    "prometheus.io/path": "/metrics",
  };
}

/** The one ingress rule to a metrics port: Prometheus's pods, from their own namespace. */
export function metricsIngress(entry: ServiceEntry) {
  return {
    from: [
      {
        namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": MONITORING_NAMESPACE } },
        podSelector: { matchLabels: PROMETHEUS },
      },
    ],
    ports: [{ protocol: "TCP", port: metricsPort(entry) }],
  };
}

/** A Prometheus scrape job for the annotated pods, for the cluster's Prometheus to load. */
export function scrapeConfigMap(namespace: string, labels: Record<string, string>) {
  const job = {
    job_name: "emberlearn",
    kubernetes_sd_configs: [{ role: "pod", namespaces: { names: [namespace] } }],
    relabel_configs: [
      {
        source_labels: ["__meta_kubernetes_pod_annotation_prometheus_io_scrape"],
        action: "keep",
        regex: "true",
      },
      {
        source_labels: ["__address__", "__meta_kubernetes_pod_annotation_prometheus_io_port"],
        action: "replace",
        regex: "([^:]+)(?::\\d+)?;(\\d+)",
        replacement: "$1:$2",
        target_label: "__address__",
      },
      { source_labels: ["__meta_kubernetes_pod_label_app_kubernetes_io_name"], target_label: "service" },
    ],
  };
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: "prometheus-scrape-config", namespace, labels },
    data: { "emberlearn-scrape.yml": stringify({ scrape_configs: [job] }) },
  };
}
