import { describe, expect, it } from "vitest";
import { ladderStep } from "./ladder.ts";

// The hint ladder: the pointed last hint only after the student has tried something since the last one.

describe("hint ladder", () => {
  it("gives the rung asked for, within 1 and the number of rungs", () => {
    expect(ladderStep(1, 3, false)).toEqual({ level: 1, held: false });
    expect(ladderStep(2, 3, false)).toEqual({ level: 2, held: false });
    expect(ladderStep(0, 3, false)).toEqual({ level: 1, held: false });
    expect(ladderStep(2.9, 3, true)).toEqual({ level: 2, held: false });
    expect(ladderStep(9, 3, true)).toEqual({ level: 3, held: false });
  });

  it("holds back the last rung until the student has tried again, and says so", () => {
    expect(ladderStep(3, 3, false)).toEqual({ level: 2, held: true });
    expect(ladderStep(3, 3, true)).toEqual({ level: 3, held: false });
    expect(ladderStep(7, 3, false)).toEqual({ level: 2, held: true });
  });

  it("does not hold back a ladder of fewer than three rungs, nor a rung that is not the last", () => {
    expect(ladderStep(2, 2, false)).toEqual({ level: 2, held: false });
    expect(ladderStep(3, 4, false)).toEqual({ level: 3, held: false });
    expect(ladderStep(4, 4, false)).toEqual({ level: 3, held: true });
    expect(ladderStep(5, 0, false)).toEqual({ level: 1, held: false });
  });
});
