import { backendServices, WEB_PORT } from "@emberlearn/contracts";
import { KONG_REDIS } from "./kong-auth.ts";
import {
  IMAGE,
  KONG_IMAGE,
  REDIS_IMAGE,
  labels,
  objectMeta,
  restrictedContainer,
  restrictedPod,
  selector,
  type Manifest,
} from "./k8s-common.ts";
import { DNS_EGRESS, peer } from "./k8s-network.ts";
import { pdb } from "./k8s-workloads.ts";

// Kong in DB-less mode in front of everything. Its declarative config is rendered at pod start
// by an init container: the generated deploy/kong/kong.yml (ConfigMap kong-config) plus the auth
// service's public keys from the kong-jwt-keys Secret (jwks.json). Rotating keys is: update
// that Secret, `kubectl rollout restart deployment/kong`. Rate-limit counters live in Redis so
// that limits hold across Kong replicas. Client IPs: the LoadBalancer Service keeps the client's
// source address (externalTrafficPolicy: Local), so Kong trusts no forwarding header by default.

const tcp = (port: number) => ({ protocol: "TCP", port });

function kongDeployment(): Manifest {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: objectMeta("kong"),
    spec: {
      replicas: 2,
      selector: selector("kong"),
      strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: { labels: labels("kong") },
        spec: {
          automountServiceAccountToken: false,
          securityContext: restrictedPod(1000),
          initContainers: [
            {
              name: "render-config",
              image: IMAGE,
              imagePullPolicy: "IfNotPresent",
              command: ["node", "--import", "tsx", "deploy/kong/render.ts"],
              args: [
                "--base",
                "/kong-base/kong.yml",
                "--jwks",
                "/kong-keys/jwks.json",
                "--out",
                "/kong/kong.yml",
                "--allow-no-keys",
              ],
              resources: { requests: { cpu: "50m", memory: "128Mi" }, limits: { cpu: "500m", memory: "256Mi" } },
              securityContext: restrictedContainer,
              volumeMounts: [
                { name: "kong-base", mountPath: "/kong-base", readOnly: true },
                { name: "kong-keys", mountPath: "/kong-keys", readOnly: true },
                { name: "kong-config", mountPath: "/kong" },
                { name: "tmp", mountPath: "/tmp" },
              ],
            },
          ],
          containers: [
            {
              name: "kong",
              image: KONG_IMAGE,
              imagePullPolicy: "IfNotPresent",
              env: [
                { name: "KONG_DATABASE", value: "off" },
                { name: "KONG_DECLARATIVE_CONFIG", value: "/kong/kong.yml" },
                { name: "KONG_PREFIX", value: "/kong-prefix" },
                { name: "KONG_PROXY_LISTEN", value: "0.0.0.0:8000" },
                { name: "KONG_STATUS_LISTEN", value: "0.0.0.0:8100" },
                { name: "KONG_ADMIN_LISTEN", value: "off" },
                // the aud check (post-function) runs sandboxed and needs only cjson
                { name: "KONG_UNTRUSTED_LUA", value: "sandbox" },
                { name: "KONG_UNTRUSTED_LUA_SANDBOX_REQUIRES", value: "cjson.safe" },
                // behind an L7 load balancer instead: its address ranges here, and
                // KONG_REAL_IP_HEADER=X-Forwarded-For, KONG_REAL_IP_RECURSIVE=on
                { name: "KONG_TRUSTED_IPS", value: "" },
                { name: "KONG_PROXY_ACCESS_LOG", value: "/dev/stdout" },
                { name: "KONG_PROXY_ERROR_LOG", value: "/dev/stderr" },
              ],
              ports: [
                { name: "http", containerPort: 8000 },
                { name: "status", containerPort: 8100 },
              ],
              readinessProbe: { httpGet: { path: "/status/ready", port: "status" }, periodSeconds: 5 },
              livenessProbe: { httpGet: { path: "/status", port: "status" }, periodSeconds: 10 },
              startupProbe: { httpGet: { path: "/status", port: "status" }, periodSeconds: 2, failureThreshold: 30 },
              resources: { requests: { cpu: "200m", memory: "256Mi" }, limits: { cpu: "1", memory: "512Mi" } },
              securityContext: restrictedContainer,
              volumeMounts: [
                { name: "kong-config", mountPath: "/kong", readOnly: true },
                { name: "kong-prefix", mountPath: "/kong-prefix" },
                { name: "tmp", mountPath: "/tmp" },
              ],
            },
          ],
          volumes: [
            { name: "kong-base", configMap: { name: "kong-config" } },
            // optional: before the first key step Kong starts with no keys (sign-in and the JWKS
            // work through it; signed-in routes answer 401 until the keys are in)
            { name: "kong-keys", secret: { secretName: "kong-jwt-keys", optional: true } },
            { name: "kong-config", emptyDir: { medium: "Memory", sizeLimit: "16Mi" } },
            { name: "kong-prefix", emptyDir: { medium: "Memory", sizeLimit: "64Mi" } },
            { name: "tmp", emptyDir: { medium: "Memory", sizeLimit: "64Mi" } },
          ],
        },
      },
    },
  };
}

function redis(): Manifest[] {
  const deployment: Manifest = {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: objectMeta("kong-redis"),
    spec: {
      replicas: 1,
      selector: selector("kong-redis"),
      template: {
        metadata: { labels: labels("kong-redis") },
        spec: {
          automountServiceAccountToken: false,
          securityContext: restrictedPod(999),
          containers: [
            {
              name: "redis",
              image: REDIS_IMAGE,
              imagePullPolicy: "IfNotPresent",
              // counters only: nothing to persist
              args: ["--save", "", "--appendonly", "no", "--maxmemory", "64mb", "--maxmemory-policy", "volatile-ttl"],
              ports: [{ name: "redis", containerPort: KONG_REDIS.port }],
              readinessProbe: { tcpSocket: { port: "redis" }, periodSeconds: 5 },
              resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { cpu: "500m", memory: "128Mi" } },
              securityContext: restrictedContainer,
              volumeMounts: [{ name: "data", mountPath: "/data" }],
            },
          ],
          volumes: [{ name: "data", emptyDir: { medium: "Memory", sizeLimit: "64Mi" } }],
        },
      },
    },
  };
  const policy: Manifest = {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: objectMeta("kong-redis"),
    spec: {
      podSelector: selector("kong-redis"),
      policyTypes: ["Ingress", "Egress"],
      ingress: [{ from: [peer("kong")], ports: [tcp(KONG_REDIS.port)] }],
      // no egress rule at all: Redis reaches nothing
    },
  };
  const service: Manifest = {
    apiVersion: "v1",
    kind: "Service",
    metadata: objectMeta(KONG_REDIS.host),
    spec: { selector: labels("kong-redis"), ports: [{ name: "redis", port: KONG_REDIS.port, targetPort: "redis" }] },
  };
  return [deployment, service, policy];
}

export function kongManifests(): Manifest[] {
  const policy: Manifest = {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: objectMeta("kong"),
    spec: {
      podSelector: selector("kong"),
      policyTypes: ["Ingress", "Egress"],
      ingress: [{ ports: [tcp(8000)] }],
      egress: [
        DNS_EGRESS,
        { to: [peer("kong-redis")], ports: [tcp(KONG_REDIS.port)] },
        ...[...backendServices.map((s) => [s.name, s.port] as const), ["web", WEB_PORT] as const].map(([n, port]) => ({
          to: [peer(n)],
          ports: [tcp(port)],
        })),
      ],
    },
  };
  const service: Manifest = {
    apiVersion: "v1",
    kind: "Service",
    metadata: objectMeta("kong"),
    spec: {
      type: "LoadBalancer",
      // keeps the client's address as the source: per-IP limits count people, not the load balancer
      externalTrafficPolicy: "Local",
      selector: labels("kong"),
      ports: [{ name: "http", port: 80, targetPort: "http" }],
    },
  };
  return [kongDeployment(), service, pdb("kong"), policy, ...redis()];
}
