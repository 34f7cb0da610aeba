import { backendServices, WEB_PORT, type ServiceEntry } from "@emberlearn/contracts";

// Kubernetes manifests for the distributed mode, generated from the catalog:
// per service a Deployment (probes, resources, Dapr annotations, config from a
// ConfigMap and Secret), a Service, an HPA, a PDB and a NetworkPolicy; plus
// Kong (DB-less, from kong.yml) in front.

export const NAMESPACE = "emberlearn";
const IMAGE = "ghcr.io/emberlearn/emberlearn:latest";

type Manifest = Record<string, unknown> & {
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
};

const labels = (name: string) => ({ "app.kubernetes.io/name": name, "app.kubernetes.io/part-of": "emberlearn" });
const selector = (name: string) => ({ matchLabels: { "app.kubernetes.io/name": name } });

/** Per-service sizing: the sandbox runs student code, so it gets more CPU and memory and scales further. */
function sizing(name: string) {
  if (name === "sandbox")
    return { requests: { cpu: "500m", memory: "512Mi" }, limits: { cpu: "2", memory: "1Gi" }, min: 2, max: 10 };
  if (name === "code-review")
    return { requests: { cpu: "100m", memory: "256Mi" }, limits: { cpu: "1", memory: "512Mi" }, min: 2, max: 6 };
  return { requests: { cpu: "100m", memory: "192Mi" }, limits: { cpu: "500m", memory: "384Mi" }, min: 2, max: 6 };
}

function deployment(
  s: { name: string; port: number; command: string[]; env?: Record<string, unknown>[] },
  dapr: boolean,
): Manifest {
  const size = sizing(s.name);
  const probe = (path: string, period: number) => ({
    httpGet: { path, port: "http" },
    periodSeconds: period,
    timeoutSeconds: 3,
    failureThreshold: 3,
  });
  const sandbox = s.name === "sandbox";
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: s.name, namespace: NAMESPACE, labels: labels(s.name) },
    spec: {
      replicas: size.min,
      selector: selector(s.name),
      strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: {
          labels: labels(s.name),
          annotations: dapr
            ? {
                "dapr.io/enabled": "true",
                "dapr.io/app-id": s.name,
                "dapr.io/app-port": String(s.port),
                "dapr.io/config": "emberlearn",
                "dapr.io/log-as-json": "true",
              }
            : {},
        },
        spec: {
          automountServiceAccountToken: false,
          terminationGracePeriodSeconds: 30,
          // bubblewrap needs user namespaces; the pod itself is not privileged (docs/sandbox.md)
          securityContext: sandbox
            ? { seccompProfile: { type: "Unconfined" } }
            : { runAsNonRoot: true, runAsUser: 10001, seccompProfile: { type: "RuntimeDefault" } },
          containers: [
            {
              name: s.name,
              image: IMAGE,
              imagePullPolicy: "IfNotPresent",
              command: s.command,
              ports: [{ name: "http", containerPort: s.port }],
              envFrom: [
                { configMapRef: { name: "emberlearn-config" } },
                { secretRef: { name: "emberlearn-secrets", optional: true } },
              ],
              env: [{ name: "HOST", value: "0.0.0.0" }, ...(s.env ?? [])],
              readinessProbe: probe("/readyz", 5),
              livenessProbe: { ...probe("/healthz", 10), initialDelaySeconds: 10 },
              startupProbe: { ...probe("/healthz", 2), failureThreshold: 30 },
              resources: { requests: size.requests, limits: size.limits },
              securityContext: sandbox
                ? {
                    allowPrivilegeEscalation: false,
                    capabilities: { drop: ["ALL"], add: ["SYS_ADMIN", "SETUID", "SETGID"] },
                  }
                : { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } },
              volumeMounts: [{ name: "tmp", mountPath: "/tmp" }],
            },
          ],
          volumes: [{ name: "tmp", emptyDir: { medium: "Memory", sizeLimit: sandbox ? "256Mi" : "64Mi" } }],
        },
      },
    },
  };
}

function service(name: string, port: number): Manifest {
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: { name, namespace: NAMESPACE, labels: labels(name) },
    spec: { selector: labels(name), ports: [{ name: "http", port, targetPort: "http" }] },
  };
}

function hpa(name: string): Manifest {
  const { min, max } = sizing(name);
  return {
    apiVersion: "autoscaling/v2",
    kind: "HorizontalPodAutoscaler",
    metadata: { name, namespace: NAMESPACE, labels: labels(name) },
    spec: {
      scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name },
      minReplicas: min,
      maxReplicas: max,
      metrics: [
        { type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 70 } } },
      ],
    },
  };
}

function pdb(name: string): Manifest {
  return {
    apiVersion: "policy/v1",
    kind: "PodDisruptionBudget",
    metadata: { name, namespace: NAMESPACE, labels: labels(name) },
    spec: { minAvailable: 1, selector: selector(name) },
  };
}

const peer = (name: string) => ({ podSelector: { matchLabels: { "app.kubernetes.io/name": name } } });
const DNS = {
  to: [{ namespaceSelector: {}, podSelector: { matchLabels: { "k8s-app": "kube-dns" } } }],
  ports: [
    { protocol: "UDP", port: 53 },
    { protocol: "TCP", port: 53 },
  ],
};
// PostgreSQL (Neon or in-cluster) and Kafka are reached by port; Dapr's sidecar is in-pod (no policy needed)
const DATA_PLANE = {
  ports: [
    { protocol: "TCP", port: 5432 },
    { protocol: "TCP", port: 9092 },
  ],
};

function networkPolicy(entry: ServiceEntry): Manifest {
  const callers = backendServices.filter((s) => s.calls.includes(entry.name)).map((s) => peer(s.name));
  const egressTo = [...new Set<string>(["auth", ...entry.calls])].filter((n) => n !== entry.name);
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: { name: entry.name, namespace: NAMESPACE, labels: labels(entry.name) },
    spec: {
      podSelector: selector(entry.name),
      policyTypes: ["Ingress", "Egress"],
      ingress: [
        {
          from: [
            peer("kong"),
            ...callers,
            ...(entry.name === "auth" ? backendServices.filter((s) => s.name !== "auth").map((s) => peer(s.name)) : []),
          ],
          ports: [{ protocol: "TCP", port: entry.port }],
        },
      ],
      // the sandbox reaches only auth (JWKS) and Kafka: student code itself runs with no network at all
      egress: [
        DNS,
        ...egressTo.map((n) => ({
          to: [peer(n)],
          ports: [{ protocol: "TCP", port: backendServices.find((s) => s.name === n)!.port }],
        })),
        entry.name === "sandbox" ? { ports: [{ protocol: "TCP", port: 9092 }] } : DATA_PLANE,
      ],
    },
  };
}

function configMap(): Manifest {
  const urls = Object.fromEntries(
    backendServices.map((s) => [`${s.name.toUpperCase().replace(/-/g, "_")}_URL`, `http://${s.name}:${s.port}`]),
  );
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: "emberlearn-config", namespace: NAMESPACE, labels: labels("emberlearn") },
    data: {
      LOG_LEVEL: "info",
      KAFKA_BROKERS: "kafka:9092",
      AUTH_ISSUER: "https://emberlearn.example.org",
      AUTH_AUDIENCE: "emberlearn",
      CORS_ORIGINS: "https://emberlearn.example.org",
      TRUST_PROXY: "true",
      ...urls,
    },
  };
}

/** A template only: real values are created with kubectl (docs/operations.md), never committed. */
function secretTemplate(): Manifest {
  return {
    apiVersion: "v1",
    kind: "Secret",
    metadata: { name: "emberlearn-secrets", namespace: NAMESPACE, labels: labels("emberlearn") },
    type: "Opaque",
    stringData: {
      DATABASE_URL: "postgres://USER:PASSWORD@HOST/emberlearn?sslmode=require",
      OPENAI_API_KEY: "",
      AUTH_SECRET: "",
    },
  };
}

function kong(): Manifest[] {
  const deploymentManifest = deployment({ name: "kong", port: 8000, command: [] }, false) as Manifest & {
    spec: { template: { spec: Record<string, any> } };
  };
  const pod = deploymentManifest.spec.template.spec;
  pod.securityContext = { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: "RuntimeDefault" } };
  pod.containers[0] = {
    ...pod.containers[0],
    image: "kong:3.9",
    command: undefined,
    env: [
      { name: "KONG_DATABASE", value: "off" },
      { name: "KONG_DECLARATIVE_CONFIG", value: "/kong/kong.yml" },
      { name: "KONG_PROXY_LISTEN", value: "0.0.0.0:8000" },
      { name: "KONG_STATUS_LISTEN", value: "0.0.0.0:8100" },
      { name: "KONG_ADMIN_LISTEN", value: "off" },
    ],
    envFrom: undefined,
    ports: [
      { name: "http", containerPort: 8000 },
      { name: "status", containerPort: 8100 },
    ],
    readinessProbe: { httpGet: { path: "/status/ready", port: "status" }, periodSeconds: 5 },
    livenessProbe: { httpGet: { path: "/status", port: "status" }, periodSeconds: 10 },
    startupProbe: { httpGet: { path: "/status", port: "status" }, periodSeconds: 2, failureThreshold: 30 },
    securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } },
    volumeMounts: [
      { name: "tmp", mountPath: "/tmp" },
      { name: "kong-config", mountPath: "/kong" },
    ],
  };
  for (const key of Object.keys(pod.containers[0]))
    if (pod.containers[0][key] === undefined) delete pod.containers[0][key];
  pod.volumes.push({ name: "kong-config", configMap: { name: "kong-config" } });
  const policy: Manifest = {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: { name: "kong", namespace: NAMESPACE, labels: labels("kong") },
    spec: {
      podSelector: selector("kong"),
      policyTypes: ["Ingress", "Egress"],
      ingress: [{ ports: [{ protocol: "TCP", port: 8000 }] }],
      egress: [
        DNS,
        ...[...backendServices.map((s) => [s.name, s.port] as const), ["web", WEB_PORT] as const].map(([n, port]) => ({
          to: [peer(n)],
          ports: [{ protocol: "TCP", port }],
        })),
      ],
    },
  };
  return [
    deploymentManifest,
    {
      ...service("kong", 80),
      spec: { type: "LoadBalancer", selector: labels("kong"), ports: [{ name: "http", port: 80, targetPort: "http" }] },
    },
    hpa("kong"),
    pdb("kong"),
    policy,
  ];
}

function web(): Manifest[] {
  const d = deployment(
    {
      name: "web",
      port: WEB_PORT,
      command: [
        "node",
        "node_modules/next/dist/bin/next",
        "start",
        "apps/web",
        "-p",
        String(WEB_PORT),
        "-H",
        "0.0.0.0",
      ],
    },
    false,
  );
  const policy: Manifest = {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: { name: "web", namespace: NAMESPACE, labels: labels("web") },
    spec: {
      podSelector: selector("web"),
      policyTypes: ["Ingress", "Egress"],
      ingress: [{ from: [peer("kong")], ports: [{ protocol: "TCP", port: WEB_PORT }] }],
      egress: [DNS],
    },
  };
  return [d, service("web", WEB_PORT), hpa("web"), pdb("web"), policy];
}

/** Files under deploy/k8s/: one per service, plus the shared base. */
export function buildK8s(): Record<string, Manifest[]> {
  const files: Record<string, Manifest[]> = {
    "00-base.yaml": [
      { apiVersion: "v1", kind: "Namespace", metadata: { name: NAMESPACE, labels: labels("emberlearn") } },
      configMap(),
      secretTemplate(),
      {
        apiVersion: "networking.k8s.io/v1",
        kind: "NetworkPolicy",
        metadata: { name: "default-deny", namespace: NAMESPACE },
        spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] },
      },
    ],
    "kong.yaml": kong(),
    "web.yaml": web(),
  };
  for (const s of backendServices) {
    files[`${s.name}.yaml`] = [
      deployment(
        { name: s.name, port: s.port, command: ["node", "--import", "tsx", `services/${s.name}/src/main.ts`] },
        true,
      ),
      service(s.name, s.port),
      hpa(s.name),
      pdb(s.name),
      networkPolicy(s),
    ];
  }
  return files;
}
