import type { ServiceEntry } from "@emberlearn/contracts";
import { metricsContainerPort, scrapeAnnotations } from "./k8s-monitoring.ts";
import {
  IMAGE,
  objectMeta,
  labels,
  probe,
  restrictedContainer,
  restrictedPod,
  selector,
  type Manifest,
} from "./k8s-common.ts";

// The Deployment, Service and PodDisruptionBudget of one EmberLearn process, with its Dapr
// sidecar annotations. The sandbox adjusts the pod (k8s-sandbox.ts); Kong and the web app
// bring their own containers (k8s-kong.ts, k8s.ts).

export interface Sizing {
  requests: { cpu: string; memory: string };
  limits: { cpu: string; memory: string };
  min: number;
  max: number;
}

export function sizing(name: string): Sizing {
  if (name === "sandbox")
    // per worker ~50 MB for student code plus the Node service; workers follow limits.cpu
    return { requests: { cpu: "1", memory: "1Gi" }, limits: { cpu: "2", memory: "2Gi" }, min: 2, max: 10 };
  if (name === "code-review")
    return { requests: { cpu: "100m", memory: "256Mi" }, limits: { cpu: "1", memory: "512Mi" }, min: 2, max: 6 };
  return { requests: { cpu: "100m", memory: "192Mi" }, limits: { cpu: "500m", memory: "384Mi" }, min: 2, max: 6 };
}

/** Secrets a service reads, each its own Secret `<service>-secrets` (created by deploy/secrets.sh, never applied) */
export const SECRET_KEYS: Record<string, string[]> = {
  auth: ["DATABASE_URL", "AUTH_SECRET"],
  triage: ["DATABASE_URL", "OPENAI_API_KEY"],
  exercise: ["DATABASE_URL", "OPENAI_API_KEY"],
};
export const secretKeysOf = (name: string) => SECRET_KEYS[name] ?? ["DATABASE_URL"];
export const DAPR_TOKEN_SECRETS = { api: "dapr-api-token", app: "dapr-app-token" } as const;
/** signs service identities (packages/platform/src/auth/service-identity.ts); created by deploy/secrets.sh */
export const SERVICE_IDENTITY_SECRET = "service-identity";

const fromSecret = (name: string, secret: string) => ({
  name,
  valueFrom: { secretKeyRef: { name: secret, key: "token" } },
});

function daprAnnotations(s: ServiceEntry): Record<string, string> {
  return {
    "dapr.io/enabled": "true",
    "dapr.io/app-id": s.name,
    "dapr.io/app-port": String(s.port),
    "dapr.io/config": "emberlearn",
    "dapr.io/log-as-json": "true",
    "dapr.io/enable-metrics": "true",
    "dapr.io/metrics-port": "9090",
    // the app and its sidecar prove themselves to each other (both directions)
    "dapr.io/api-token-secret": DAPR_TOKEN_SECRETS.api,
    "dapr.io/app-token-secret": DAPR_TOKEN_SECRETS.app,
    // deliveries pause while the app is unhealthy instead of failing into the dead-letter topic
    "dapr.io/enable-app-health-check": "true",
    "dapr.io/app-health-check-path": "/healthz",
    "dapr.io/graceful-shutdown-seconds": "20",
    "dapr.io/sidecar-seccomp-profile-type": "RuntimeDefault",
    "dapr.io/sidecar-cpu-request": "50m",
    "dapr.io/sidecar-cpu-limit": "500m",
    "dapr.io/sidecar-memory-request": "64Mi",
    "dapr.io/sidecar-memory-limit": "256Mi",
  };
}

export function serviceDeployment(s: ServiceEntry): Manifest {
  const size = sizing(s.name);
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: objectMeta(s.name),
    spec: {
      replicas: size.min,
      selector: selector(s.name),
      strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: { labels: labels(s.name), annotations: { ...daprAnnotations(s), ...scrapeAnnotations(s) } },
        spec: {
          automountServiceAccountToken: false,
          terminationGracePeriodSeconds: 30,
          securityContext: restrictedPod(),
          containers: [
            {
              name: s.name,
              image: IMAGE,
              imagePullPolicy: "IfNotPresent",
              command: ["node", ...(s.nodeFlags ?? []), "--import", "tsx", `services/${s.name}/src/main.ts`],
              ports: [{ name: "http", containerPort: s.port }, metricsContainerPort(s)],
              envFrom: [{ configMapRef: { name: "emberlearn-config" } }, { secretRef: { name: `${s.name}-secrets` } }],
              env: [
                { name: "HOST", value: "0.0.0.0" },
                fromSecret("DAPR_API_TOKEN", DAPR_TOKEN_SECRETS.api),
                fromSecret("APP_API_TOKEN", DAPR_TOKEN_SECRETS.app),
                // one secret for the whole deployment: internal routes answer only a service identity
                fromSecret("SERVICE_TOKEN_SECRET", SERVICE_IDENTITY_SECRET),
              ],
              readinessProbe: probe("/readyz", "http", 5),
              livenessProbe: { ...probe("/healthz", "http", 10), initialDelaySeconds: 10 },
              startupProbe: { ...probe("/healthz", "http", 2), failureThreshold: 30 },
              resources: { requests: size.requests, limits: size.limits },
              securityContext: restrictedContainer,
              volumeMounts: [{ name: "tmp", mountPath: "/tmp" }],
            },
          ],
          volumes: [{ name: "tmp", emptyDir: { medium: "Memory", sizeLimit: "64Mi" } }],
        },
      },
    },
  };
}

export function service(name: string, ports: { name: string; port: number; targetPort?: string }[]): Manifest {
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: objectMeta(name),
    spec: {
      selector: labels(name),
      ports: ports.map((p) => ({ name: p.name, port: p.port, targetPort: p.targetPort ?? p.name })),
    },
  };
}

export function pdb(name: string): Manifest {
  return {
    apiVersion: "policy/v1",
    kind: "PodDisruptionBudget",
    metadata: objectMeta(name),
    spec: { minAvailable: 1, selector: selector(name) },
  };
}
