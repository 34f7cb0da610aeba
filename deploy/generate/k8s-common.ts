import { readFileSync } from "node:fs";
import { join } from "node:path";

// What every generated Kubernetes object shares: the namespace, labels, the pinned image
// and the shapes the generators pass around.

export const NAMESPACE = "emberlearn";
const version = JSON.parse(readFileSync(join(import.meta.dirname, "../../package.json"), "utf8")).version as string;
/** pinned to the release; a new release is a new tag, so IfNotPresent never runs stale code */
export const IMAGE = `ghcr.io/emberlearn/emberlearn:${version}`;
export const IMAGE_VERSION = version;
/** the schema the Kong test validates against is 3.9.3's, identical to 3.9.1's for every entity and plugin used */
export const KONG_IMAGE = "kong:3.9.1";
export const REDIS_IMAGE = "redis:7.4.2-alpine";

export type Manifest = Record<string, unknown> & {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
};

export const labels = (name: string) => ({
  "app.kubernetes.io/name": name,
  "app.kubernetes.io/part-of": "emberlearn",
});
export const selector = (name: string) => ({ matchLabels: { "app.kubernetes.io/name": name } });
export const objectMeta = (name: string, extra: Partial<Manifest["metadata"]> = {}) => ({
  name,
  namespace: NAMESPACE,
  labels: labels(name),
  ...extra,
});

/** restricted Pod Security: non-root, no privilege escalation, no capabilities, RuntimeDefault seccomp */
export const restrictedPod = (uid = 10001) => ({
  runAsNonRoot: true,
  runAsUser: uid,
  runAsGroup: uid,
  fsGroup: uid,
  seccompProfile: { type: "RuntimeDefault" },
});
export const restrictedContainer = {
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  capabilities: { drop: ["ALL"] },
};

export const probe = (path: string, port: string | number, periodSeconds: number) => ({
  httpGet: { path, port },
  periodSeconds,
  timeoutSeconds: 3,
  failureThreshold: 3,
});
