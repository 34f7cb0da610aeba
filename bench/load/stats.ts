// Latency samples per kind of request, and the summary the load test prints.

export const KINDS = ["progress", "exercises", "run", "submission", "chat"] as const;
export type Kind = (typeof KINDS)[number];

export interface Summary {
  count: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export class Recorder {
  private samples = new Map<Kind | "all", number[]>();
  private failures = new Map<Kind, number>();
  /** status (or error name) → count, with one example message each */
  readonly problems = new Map<string, { count: number; example: string }>();
  startedAt = performance.now();

  record(kind: Kind, ms: number, error?: { key: string; message: string }) {
    for (const k of [kind, "all"] as const) {
      const list = this.samples.get(k) ?? [];
      list.push(ms);
      this.samples.set(k, list);
    }
    if (!error) return;
    this.failures.set(kind, (this.failures.get(kind) ?? 0) + 1);
    const p = this.problems.get(`${kind} ${error.key}`) ?? { count: 0, example: error.message.slice(0, 200) };
    p.count++;
    this.problems.set(`${kind} ${error.key}`, p);
  }

  summary(kind: Kind | "all"): Summary {
    const s = [...(this.samples.get(kind) ?? [])].sort((a, b) => a - b);
    const q = (p: number) => (s.length ? s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]! : 0);
    const errors =
      kind === "all" ? [...this.failures.values()].reduce((a, b) => a + b, 0) : (this.failures.get(kind) ?? 0);
    return { count: s.length, errors, p50: q(0.5), p95: q(0.95), p99: q(0.99), max: s.at(-1) ?? 0 };
  }

  /** completed requests per second since the recorder started */
  rate(now = performance.now()): number {
    return (this.samples.get("all")?.length ?? 0) / ((now - this.startedAt) / 1000);
  }
}

export function table(rec: Recorder): string {
  const rows = [...KINDS, "all" as const].map((k) => {
    const s = rec.summary(k);
    const ms = (n: number) => `${Math.round(n)}`.padStart(6);
    const counts = `${`${s.count}`.padStart(7)} ${`${s.errors}`.padStart(6)}`;
    return `${k.padEnd(11)} ${counts} ${ms(s.p50)} ${ms(s.p95)} ${ms(s.p99)} ${ms(s.max)}`;
  });
  return [
    `${"kind".padEnd(11)} ${"count".padStart(7)} ${"errors".padStart(6)}    p50    p95    p99    max  (ms)`,
    ...rows,
  ].join("\n");
}
