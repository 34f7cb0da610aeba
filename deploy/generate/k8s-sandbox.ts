import { objectMeta, type Manifest } from "./k8s-common.ts";

// The sandbox pod, designed for Kubernetes as it is (docs/operations.md, "The sandbox pod").
// The sandbox needs, and gets, no host privilege: bubblewrap makes unprivileged user namespaces
// (CAP_SYS_ADMIN exists only inside them, for per-run pid/mount/ipc namespaces and a noexec
// tmpfs), the service runs as uid 10001 with every capability dropped, and it writes per-worker
// memory/pids/cpu limits into its own cgroup. What Kubernetes must provide for that:
// - hostUsers: false: the pod gets its own user namespace (on by default since 1.33), so even
//   the container's uids map to unprivileged host uids;
// - a Localhost seccomp profile (deploy/sandbox-node/seccomp.json) and AppArmor profile
//   (deploy/sandbox-node/apparmor): RuntimeDefault refuses unshare/mount to processes without
//   CAP_SYS_ADMIN, and the default AppArmor profile denies mount;
// - a RuntimeClass whose containerd runtime has `cgroup_writable = true` (containerd >= 2.1,
//   cgroup v2): with a pod user namespace and a private cgroup namespace, runc then hands the
//   container's cgroup to the uid the container runs as — a delegated subtree, nothing above it.
// Only the service's container gets the Localhost profiles; its Dapr sidecar keeps RuntimeDefault.
// All of this passes Pod Security `restricted`: it admits Localhost profiles and any RuntimeClass.

export const SANDBOX_RUNTIME_CLASS = "emberlearn-sandbox";
export const SANDBOX_SECCOMP = "emberlearn/sandbox-seccomp.json";
export const SANDBOX_APPARMOR = "emberlearn-sandbox";
export const SANDBOX_NODE_LABEL = "emberlearn.org/sandbox-runtime";

type PodSpec = Record<string, unknown> & { containers: Record<string, unknown>[]; volumes: Record<string, unknown>[] };

/** Turns the generic service Deployment into the sandbox's. */
export function sandboxPod(deployment: Manifest): Manifest {
  const pod = (deployment.spec as { template: { spec: PodSpec } }).template.spec;
  pod.runtimeClassName = SANDBOX_RUNTIME_CLASS;
  pod.hostUsers = false;
  const container = pod.containers[0];
  container.securityContext = {
    ...(container.securityContext as object),
    seccompProfile: { type: "Localhost", localhostProfile: SANDBOX_SECCOMP },
    appArmorProfile: { type: "Localhost", localhostProfile: SANDBOX_APPARMOR },
  };
  // one warm worker per CPU of the container's limit (the downward API rounds up to whole CPUs)
  container.env = [
    ...(container.env as object[]),
    { name: "SANDBOX_WORKERS", valueFrom: { resourceFieldRef: { resource: "limits.cpu", divisor: "1" } } },
  ];
  // student files live in the per-run tmpfs inside bubblewrap; this is the service's own /tmp
  pod.volumes = [{ name: "tmp", emptyDir: { medium: "Memory", sizeLimit: "256Mi" } }];
  return deployment;
}

export function sandboxRuntimeClass(): Manifest {
  return {
    apiVersion: "node.k8s.io/v1",
    kind: "RuntimeClass",
    metadata: { name: SANDBOX_RUNTIME_CLASS, labels: objectMeta(SANDBOX_RUNTIME_CLASS).labels },
    // the containerd runtime of that name (deploy/sandbox-node/containerd.toml)
    handler: SANDBOX_RUNTIME_CLASS,
    // only nodes prepared for it (profiles installed, runtime configured) carry this label
    scheduling: { nodeSelector: { [SANDBOX_NODE_LABEL]: "true" } },
  };
}

/**
 * RuntimeClass names are cluster-wide: only the sandbox's pods, in this namespace, may use the
 * relaxed runtime and profiles. Enforced by the API server itself (CEL, GA since 1.30).
 */
export function sandboxAdmissionPolicy(namespace: string): Manifest[] {
  const name = "emberlearn-sandbox-runtime";
  return [
    {
      apiVersion: "admissionregistration.k8s.io/v1",
      kind: "ValidatingAdmissionPolicy",
      metadata: { name },
      spec: {
        failurePolicy: "Fail",
        matchConstraints: {
          resourceRules: [
            { apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["pods"] },
          ],
        },
        validations: [
          {
            expression:
              "!has(object.spec.runtimeClassName) || object.spec.runtimeClassName != " +
              `'${SANDBOX_RUNTIME_CLASS}' || (request.namespace == '${namespace}' && has(object.metadata.labels) ` +
              "&& object.metadata.labels['app.kubernetes.io/name'] == 'sandbox')",
            message: `only the EmberLearn sandbox's pods may use the ${SANDBOX_RUNTIME_CLASS} RuntimeClass`,
          },
          {
            expression:
              `request.namespace == '${namespace}' && has(object.metadata.labels) && ` +
              "object.metadata.labels['app.kubernetes.io/name'] == 'sandbox' ? (has(object.spec.hostUsers) && " +
              "object.spec.hostUsers == false && has(object.spec.runtimeClassName) && " +
              `object.spec.runtimeClassName == '${SANDBOX_RUNTIME_CLASS}') : true`,
            message: "the sandbox must run in its own user namespace (hostUsers: false) with its RuntimeClass",
          },
        ],
      },
    },
    {
      apiVersion: "admissionregistration.k8s.io/v1",
      kind: "ValidatingAdmissionPolicyBinding",
      metadata: { name },
      spec: { policyName: name, validationActions: ["Deny"] },
    },
  ];
}
