// biome-ignore-all lint/suspicious/noExplicitAny: these tests edit generated Kubernetes documents field by field to
// build refused variants; the API server, not the type, is what checks them.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { daprCrdsDir } from "@emberlearn/platform/testing/engines";
import { startKubeApiServer, type TestKubeApiServer } from "@emberlearn/platform/testing/kube-apiserver";

// The documented deploy commands against a real kube-apiserver 1.33 with etcd (built from
// source): `kubectl apply -k deploy` (Dapr's CRDs installed first, as its Helm chart does),
// the secrets step, then every pod the manifests describe created for real, so the API server's
// validation, Pod Security admission (`restricted`) and the sandbox's admission policy judge them.

const deploy = import.meta.dirname;
let kube: TestKubeApiServer;
type Doc = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string }; spec?: any };
let docs: Doc[];

const secretValue = (name: string, key: string) =>
  Buffer.from(
    kube.kubectl(["-n", "emberlearn", "get", "secret", name, "-o", `jsonpath={.data.${key}}`]).stdout,
    "base64",
  ).toString();

function secretsScript(args: string[], env: Record<string, string>) {
  const res = spawnSync("bash", [join(deploy, "secrets.sh"), ...args], {
    encoding: "utf8",
    env: { ...process.env, KUBECTL: `kubectl --kubeconfig=${kube.kubeconfig}`, ...env },
  });
  if (res.status !== 0) throw new Error(`secrets.sh ${args.join(" ")} failed: ${res.stderr}`);
  return res.stderr;
}

/** the Pod a workload's template becomes (what its controller would create) */
function podOf(doc: Doc, name = doc.metadata.name): Record<string, unknown> {
  const template = doc.spec.template;
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name: `${name}-test`,
      namespace: "emberlearn",
      labels: template.metadata?.labels,
      annotations: template.metadata?.annotations,
    },
    spec: template.spec,
  };
}
const createPod = (pod: Record<string, unknown>) => kube.kubectl(["create", "-f", "-"], JSON.stringify(pod));

beforeAll(async () => {
  kube = await startKubeApiServer();
  kube.kubectl(["apply", "--server-side", "-f", await daprCrdsDir()]);
  kube.kubectl(["wait", "--for=condition=Established", "crd", "--all", "--timeout=60s"]);
  docs = parseAllDocuments(kube.kubectl(["kustomize", deploy]).stdout).map((d) => d.toJSON() as Doc);
}, 600_000);

afterAll(async () => {
  await kube?.stop();
});

describe("deploy/ on a real Kubernetes API server", () => {
  it("applies with the documented command, then previews clean with dry-run=server and diff", () => {
    const applied = kube.kubectl(["apply", "-k", deploy]);
    expect(applied.stderr).toBe(""); // no Pod Security "would violate" warnings, no deprecations
    expect(applied.stdout).toMatch(/deployment.apps\/sandbox created/);
    expect(applied.stdout).toMatch(/component.dapr.io\/pubsub created/);
    expect(applied.stdout).toMatch(/resiliency.dapr.io\/emberlearn created/);
    const preview = kube.kubectl(["apply", "-k", deploy, "--dry-run=server"]);
    expect(preview.stdout).toMatch(/\(server dry run\)/);
    // a second apply would change nothing: kubectl diff exits 0 only when live == manifests
    expect(() => kube.kubectl(["diff", "-k", deploy])).not.toThrow();
    const ns = JSON.parse(kube.kubectl(["get", "namespace", "emberlearn", "-o", "json"]).stdout);
    expect(ns.metadata.labels["pod-security.kubernetes.io/enforce"]).toBe("restricted");
    expect(docs.filter((d) => d.kind === "Secret")).toEqual([]);
  });

  it("keeps Secrets made by the secrets step through later applies", () => {
    const env = {
      DATABASE_URL: "postgres://shared@db/emberlearn",
      DATABASE_URL_AUTH: "postgres://auth@db/auth",
      OPENAI_API_KEY: "sk-test-1",
    };
    secretsScript(["create"], env);
    const authSecret = secretValue("auth-secrets", "AUTH_SECRET");
    expect(authSecret).toMatch(/^[0-9a-f]{64}$/);
    kube.kubectl(["apply", "-k", deploy]);
    expect(secretValue("auth-secrets", "DATABASE_URL")).toBe("postgres://auth@db/auth");
    expect(secretValue("auth-secrets", "AUTH_SECRET")).toBe(authSecret);
    expect(secretValue("sandbox-secrets", "DATABASE_URL")).toBe("postgres://shared@db/emberlearn");
    expect(secretValue("triage-secrets", "OPENAI_API_KEY")).toBe("sk-test-1");
    // services without a model get no key at all (an empty one would be a broken key)
    expect(secretValue("progress-secrets", "OPENAI_API_KEY")).toBe("");
    // running it again changes nothing
    expect(secretsScript(["create"], { ...env, DATABASE_URL_AUTH: "postgres://other@db/x" })).toMatch(
      /auth-secrets exists/,
    );
    expect(secretValue("auth-secrets", "DATABASE_URL")).toBe("postgres://auth@db/auth");
    expect(secretValue("dapr-app-token", "token")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("admits every pod the manifests describe under Pod Security restricted, the sandbox's included", () => {
    kube.kubectl(["-n", "emberlearn", "create", "serviceaccount", "default"]);
    const workloads = docs.filter((d) => d.kind === "Deployment" || d.kind === "Job");
    expect(workloads.length).toBeGreaterThanOrEqual(13);
    for (const w of workloads) {
      const created = createPod(podOf(w));
      expect(created.stderr, w.metadata.name).toBe("");
    }
    const sandbox = JSON.parse(kube.kubectl(["-n", "emberlearn", "get", "pod", "sandbox-test", "-o", "json"]).stdout);
    expect(sandbox.spec.hostUsers).toBe(false);
    expect(sandbox.spec.runtimeClassName).toBe("emberlearn-sandbox");
    // the RuntimeClass placed it on prepared nodes only
    expect(sandbox.spec.nodeSelector).toEqual({ "emberlearn.org/sandbox-runtime": "true" });
    expect(sandbox.spec.containers[0].securityContext.seccompProfile).toEqual({
      type: "Localhost",
      localhostProfile: "emberlearn/sandbox-seccomp.json",
    });
  });

  it("refuses a sandbox pod with more privilege, and the sandbox's runtime for any other pod", async () => {
    const sandbox = docs.find((d) => d.kind === "Deployment" && d.metadata.name === "sandbox")!;
    const variant = (name: string, change: (pod: any) => void) => {
      const pod = structuredClone(podOf(sandbox, name)) as any;
      change(pod);
      return pod;
    };
    const refused = (pod: unknown) => {
      try {
        createPod(pod as Record<string, unknown>);
        return "";
      } catch (err) {
        return (err as Error).message;
      }
    };
    expect(
      refused(variant("sysadmin", (p) => (p.spec.containers[0].securityContext.capabilities.add = ["SYS_ADMIN"]))),
    ).toMatch(/violates PodSecurity "restricted:v1.33"/);
    expect(
      refused(
        variant("unconfined", (p) => (p.spec.containers[0].securityContext.seccompProfile = { type: "Unconfined" })),
      ),
    ).toMatch(/seccompProfile/);
    expect(refused(variant("root", (p) => (p.spec.securityContext.runAsUser = 0)))).toMatch(/runAsUser=0/);
    // the admission policy binds the relaxed runtime to the sandbox (it takes effect within seconds)
    const otherPod = () =>
      variant("borrower", (p) => {
        p.metadata.labels["app.kubernetes.io/name"] = "debug";
      });
    let message = "";
    for (let i = 0; i < 50 && !/only the EmberLearn sandbox/.test(message); i++) {
      message = refused(otherPod());
      if (!message) kube.kubectl(["-n", "emberlearn", "delete", "pod", "borrower-test", "--wait=false"]);
      await sleep(200);
    }
    expect(message).toMatch(/only the EmberLearn sandbox's pods may use the emberlearn-sandbox RuntimeClass/);
    expect(refused(variant("hostusers", (p) => delete p.spec.hostUsers))).toMatch(/own user namespace/);
    expect(refused(variant("no-runtime", (p) => delete p.spec.runtimeClassName))).toMatch(/own user namespace/);
  }, 30_000);
});
