// The service catalog: the one source for ports, path prefixes and edge policy.
// The embedded gateway, the generated Kong config, the Kubernetes manifests and
// the start-all runner are all derived from this table.

export type ServiceName =
  | "gateway"
  | "triage"
  | "concepts"
  | "code-review"
  | "debug"
  | "exercise"
  | "progress"
  | "sandbox"
  | "auth";

export interface RateLimit {
  /** requests allowed per window */
  max: number;
  windowSeconds: number;
  /** who a limit is counted for: the signed-in user (falls back to IP) or the client IP */
  per: "user" | "ip";
}

export interface RoutePolicy {
  /** path prefix under the service prefix, "" = the whole service; a `:name` segment matches any one segment */
  path: string;
  methods?: string[];
  /** whether the gateway demands a valid bearer token before proxying */
  auth: boolean;
  rateLimit?: RateLimit;
  /** bytes */
  bodyLimit: number;
  /**
   * internal routes are never exposed by the gateway, and the service itself answers them only to a
   * caller presenting a service identity (packages/platform/src/auth/service-identity.ts)
   */
  internal?: boolean;
}

export interface ServiceEntry {
  name: ServiceName;
  port: number;
  /** public path prefix, e.g. /api/sandbox */
  prefix: string;
  description: string;
  routes: RoutePolicy[];
  /** the services it calls over HTTP (drives NetworkPolicies); every service also fetches auth's JWKS */
  calls: ServiceName[];
  /** it writes events to its outbox (drives the Dapr pub/sub scopes; scripts/code-rules.test.ts checks it) */
  publishes?: boolean;
  /** it subscribes to a topic (the same) */
  consumes?: boolean;
  /** flags its own Node process starts with (Kubernetes, the distributed runs; `make start` has them all) */
  nodeFlags?: string[];
}

const KB = 1024;
// a specialist's answer for the tutor chat: called by triage only (the chat itself is limited per user)
const tutorSpecialist: RoutePolicy = { path: "/tutor", auth: true, bodyLimit: 256 * KB, internal: true };
const perUser = (max: number): RateLimit => ({ max, windowSeconds: 60, per: "user" });

export const catalog: ServiceEntry[] = [
  {
    name: "auth",
    port: 8010,
    prefix: "/api/auth",
    description: "accounts, roles, classes, tokens",
    calls: [],
    routes: [
      {
        path: "/sign-in",
        methods: ["POST"],
        auth: false,
        bodyLimit: 16 * KB,
        rateLimit: { max: 10, windowSeconds: 60, per: "ip" },
      },
      {
        path: "/sign-up",
        methods: ["POST"],
        auth: false,
        bodyLimit: 16 * KB,
        rateLimit: { max: 10, windowSeconds: 60, per: "ip" },
      },
      {
        path: "/refresh",
        methods: ["POST"],
        auth: false,
        bodyLimit: 16 * KB,
        rateLimit: { max: 30, windowSeconds: 60, per: "ip" },
      },
      // account recovery: public, and slow for anyone trying many emails or tokens
      {
        path: "/password-reset",
        methods: ["POST"],
        auth: false,
        bodyLimit: 16 * KB,
        rateLimit: { max: 10, windowSeconds: 60, per: "ip" },
      },
      { path: "", auth: false, bodyLimit: 64 * KB },
    ],
  },
  {
    name: "triage",
    port: 8001,
    prefix: "/api/triage",
    description: "tutor chat: classifies and routes to a specialist",
    // sandbox: a program nobody ran yet is run before it is reviewed (no praise for code that crashes)
    calls: ["concepts", "code-review", "debug", "exercise", "progress", "sandbox"],
    publishes: true,
    routes: [
      {
        path: "/chat",
        methods: ["POST"],
        auth: true,
        // the message, up to 64 KB of code and the last run's output
        bodyLimit: 256 * KB,
        rateLimit: { max: 20, windowSeconds: 60, per: "user" },
      },
      { path: "", auth: true, bodyLimit: 64 * KB },
    ],
  },
  {
    name: "concepts",
    port: 8002,
    prefix: "/api/concepts",
    description: "concept explanations",
    calls: ["progress"],
    publishes: true,
    routes: [tutorSpecialist, { path: "", auth: true, bodyLimit: 64 * KB }],
  },
  {
    name: "code-review",
    port: 8003,
    prefix: "/api/code-review",
    description: "code quality findings and score",
    calls: [],
    publishes: true,
    // Ruff runs as WebAssembly: V8's optimising tier recompiles its hot functions for tens of thousands
    // of reviews, growing the process by ~370 MB (past its 512 Mi limit) and costing seconds of CPU;
    // the baseline compiler alone keeps it at ~110 MB, each review ~0.04 ms (docs/operations.md)
    nodeFlags: ["--liftoff-only"],
    routes: [tutorSpecialist, { path: "", auth: true, bodyLimit: 128 * KB, rateLimit: perUser(60) }],
  },
  {
    name: "debug",
    port: 8004,
    prefix: "/api/debug",
    description: "error explanations and hint ladder",
    calls: ["sandbox"],
    routes: [tutorSpecialist, { path: "", auth: true, bodyLimit: 128 * KB, rateLimit: perUser(60) }],
  },
  {
    name: "exercise",
    port: 8005,
    prefix: "/api/exercise",
    description: "exercises, quizzes, grading",
    calls: ["sandbox", "code-review", "progress"],
    publishes: true,
    routes: [
      tutorSpecialist,
      // a practice check costs a sandbox run: limited like running code
      {
        path: "/checks",
        methods: ["POST"],
        auth: true,
        bodyLimit: 128 * KB,
        rateLimit: { max: 20, windowSeconds: 60, per: "user" },
      },
      // checks a model's words against the solution: an oracle if students could call it
      { path: "/guard", methods: ["POST"], auth: true, bodyLimit: 64 * KB, internal: true },
      // each of these runs code in the sandbox (generation: the reference solution and the starter, twice)
      {
        path: "/exercises/:exerciseId/submissions",
        methods: ["POST"],
        auth: true,
        bodyLimit: 128 * KB,
        rateLimit: perUser(30),
      },
      { path: "/generate", methods: ["POST"], auth: true, bodyLimit: 16 * KB, rateLimit: perUser(6) },
      { path: "/exercises", methods: ["POST"], auth: true, bodyLimit: 256 * KB, rateLimit: perUser(20) },
      { path: "/exercises/:exerciseId", methods: ["PUT"], auth: true, bodyLimit: 256 * KB, rateLimit: perUser(20) },
      { path: "", auth: true, bodyLimit: 256 * KB },
    ],
  },
  {
    name: "progress",
    port: 8006,
    prefix: "/api/progress",
    description: "mastery, streaks, struggle alerts",
    calls: [],
    publishes: true,
    consumes: true,
    routes: [tutorSpecialist, { path: "", auth: true, bodyLimit: 64 * KB }],
  },
  {
    name: "sandbox",
    port: 8007,
    prefix: "/api/sandbox",
    description: "runs untrusted Python",
    calls: [],
    publishes: true,
    routes: [
      {
        path: "/run",
        methods: ["POST"],
        auth: true,
        bodyLimit: 640 * KB,
        rateLimit: { max: 30, windowSeconds: 60, per: "user" },
      },
      // starting an interactive run counts like a run; its input and events (/live/…) do not
      {
        path: "/interactive",
        methods: ["POST"],
        auth: true,
        bodyLimit: 640 * KB,
        rateLimit: { max: 30, windowSeconds: 60, per: "user" },
      },
      {
        path: "/trace",
        methods: ["POST"],
        auth: true,
        bodyLimit: 640 * KB,
        rateLimit: { max: 20, windowSeconds: 60, per: "user" },
      },
      { path: "/test", methods: ["POST"], auth: true, bodyLimit: 2048 * KB, internal: true },
      { path: "", auth: true, bodyLimit: 128 * KB },
    ],
  },
  {
    name: "gateway",
    port: 8000,
    prefix: "/",
    description: "single origin for browsers",
    calls: ["auth", "triage", "concepts", "code-review", "debug", "exercise", "progress", "sandbox"],
    routes: [],
  },
];

export const WEB_PORT = 3000;

export function serviceEntry(name: ServiceName): ServiceEntry {
  const entry = catalog.find((s) => s.name === name);
  if (!entry) throw new Error(`unknown service ${name}`);
  return entry;
}

/** Where a service serves Prometheus metrics: never its API port, which the edge reaches. */
export function metricsPort(entry: ServiceEntry): number {
  return entry.port + 1000;
}

/** The services behind the gateway (everything but the gateway itself). */
export const backendServices = catalog.filter((s) => s.name !== "gateway");
