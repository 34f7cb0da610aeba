import type { Kind } from "./stats.ts";

// What one simulated student does: the fixed mix of the load test. Each request
// is what the web app sends for that action, through the gateway, with the
// headers a browser sends (compression accepted).

export const MIX: [Kind, number][] = [
  ["progress", 0.25],
  ["exercises", 0.15],
  ["run", 0.35],
  ["submission", 0.15],
  ["chat", 0.1],
];

const MODULES = ["basics", "control-flow", "data-structures", "functions", "oop", "files", "errors", "stdlib"];
// exercises of the first modules with the attempt a beginner sends (most fail the hidden tests)
const EXERCISES = ["rectangle-area", "greeting", "even-or-odd", "fizzbuzz", "list-total", "count-down", "clamp-value"];
const PROGRAMS = [
  "print(6 * 7)",
  "names = ['ada', 'grace']\nfor n in names:\n    print(n.title())\n",
  "total = 0\nfor n in range(10):\n    total += n\nprint(total)\n",
  "def square(x):\n    return x * x\nprint([square(i) for i in range(5)])\n",
  "total = 0\nfor n in [1, 2, 3]:\n    total = totl + n\nprint(total)\n",
  "print(int('seven'))\n",
  "x = 10\nif x > 5\n    print('big')\n",
];
const QUESTIONS = [
  "What is a for loop and how does it work?",
  "Why do I get a NameError?",
  "How do I make a function return two values?",
  "What is the difference between a list and a tuple?",
  "Can you review my code?",
  "I'm stuck on this exercise, can you give me a hint?",
];

const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)]!;

export function pickKind(): Kind {
  let r = Math.random();
  for (const [kind, share] of MIX) {
    r -= share;
    if (r < 0) return kind;
  }
  return "progress";
}

export interface Request {
  method: "GET" | "POST";
  path: string;
  body?: unknown;
  /** a server-sent event stream: read to its end, which must be a `done` event */
  stream?: boolean;
}

export function requestFor(kind: Kind): Request {
  switch (kind) {
    case "progress":
      return { method: "GET", path: "/api/progress/me" };
    case "exercises":
      return { method: "GET", path: `/api/exercise/exercises?module=${pick(MODULES)}` };
    case "run":
      return { method: "POST", path: "/api/sandbox/run", body: { code: pick(PROGRAMS), moduleId: pick(MODULES) } };
    case "submission": {
      const id = pick(EXERCISES);
      return {
        method: "POST",
        path: `/api/exercise/exercises/${id}/submissions`,
        body: { code: "def solve(*args):\n    return None\n" },
      };
    }
    case "chat":
      return { method: "POST", path: "/api/triage/chat", body: { message: pick(QUESTIONS) }, stream: true };
  }
}

export async function send(base: string, token: string, req: Request, timeoutMs: number): Promise<void> {
  const res = await fetch(base + req.path, {
    method: req.method,
    headers: {
      authorization: `Bearer ${token}`,
      "accept-encoding": "gzip, deflate, br",
      ...(req.body ? { "content-type": "application/json" } : {}),
      ...(req.stream ? { accept: "text/event-stream" } : {}),
    },
    body: req.body ? JSON.stringify(req.body) : undefined,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  if (!res.ok) throw Object.assign(new Error(text.slice(0, 300)), { key: String(res.status) });
  if (req.stream && !/event: done/.test(text))
    throw Object.assign(new Error(`stream ended without done: ${text.slice(-200)}`), { key: "stream" });
}
