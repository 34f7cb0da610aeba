// The hint ladder's rule: rung 1 a nudge, rung 2 the concept, rung 3 a pointed question — and rung 3
// only after the student has tried something since the last hint. Asked for it too early, the student
// gets rung 2 again, and is told why.

export function ladderStep(requested: number, of: number, attempted: boolean): { level: number; held: boolean } {
  const level = Math.min(Math.max(Math.trunc(requested), 1), Math.max(of, 1));
  if (level >= 3 && level === of && !attempted) return { level: Math.max(level - 1, 1), held: true };
  return { level, held: false };
}
