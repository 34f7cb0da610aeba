// A per-student daily token budget, so one student cannot spend the school's
// model allowance. The store is pluggable: memory here, a table in the triage
// service so the count survives restarts and is shared by replicas.

export interface BudgetStore {
  used(studentId: string, day: string): Promise<number>;
  add(studentId: string, day: string, tokens: number): Promise<void>;
}

export function createMemoryBudgetStore(): BudgetStore {
  const counts = new Map<string, number>();
  return {
    used: async (s, d) => counts.get(`${s}|${d}`) ?? 0,
    add: async (s, d, t) => void counts.set(`${s}|${d}`, (counts.get(`${s}|${d}`) ?? 0) + t),
  };
}

export function budgetDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}
