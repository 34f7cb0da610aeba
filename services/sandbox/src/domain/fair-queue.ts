import { SandboxBusyError } from "./types.ts";

// Who runs next: one queue per user, served in turn, with at most `perUser` jobs of one user
// running at once. A student who floods the sandbox waits behind their own jobs; everyone
// else's `print(1)` still starts as soon as a worker is free.

export interface QueueLimits {
  /** jobs waiting in all, across users */
  total: number;
  /** jobs one user may have waiting */
  perUserWaiting: number;
  /** jobs of one user running at the same time */
  perUser: number;
}

export class FairQueue<T> {
  private readonly waiting = new Map<string, T[]>();
  private readonly running = new Map<string, number>();
  private turn: string[] = [];
  private size = 0;

  constructor(private readonly limits: QueueLimits) {}

  /** Adds a job, or throws SandboxBusyError (the caller answers 429 with Retry-After). */
  push(user: string, job: T): void {
    const queue = this.waiting.get(user) ?? [];
    if (queue.length >= this.limits.perUserWaiting) throw new SandboxBusyError(2, "user");
    if (this.size >= this.limits.total) throw new SandboxBusyError(1, "total");
    queue.push(job);
    this.size += 1;
    if (!this.waiting.has(user)) {
      this.waiting.set(user, queue);
      this.turn.push(user);
    }
  }

  /** The next job to run, taking users in turn; the job's user counts as running until `done`. */
  take(): { user: string; job: T } | undefined {
    for (let i = 0; i < this.turn.length; i++) {
      const user = this.turn[i];
      if ((this.running.get(user) ?? 0) >= this.limits.perUser) continue;
      const queue = this.waiting.get(user);
      const job = queue?.shift();
      if (!queue || job === undefined) continue; // a user in turn always has a waiting job
      this.size -= 1;
      this.turn.splice(i, 1);
      if (queue.length) this.turn.push(user);
      else this.waiting.delete(user);
      this.running.set(user, (this.running.get(user) ?? 0) + 1);
      return { user, job };
    }
    return undefined;
  }

  done(user: string): void {
    const n = (this.running.get(user) ?? 1) - 1;
    if (n > 0) this.running.set(user, n);
    else this.running.delete(user);
  }

  /** Removes every waiting job (on close). */
  drain(): T[] {
    const all = [...this.waiting.values()].flat();
    this.waiting.clear();
    this.turn = [];
    this.size = 0;
    return all;
  }

  get length() {
    return this.size;
  }
}
