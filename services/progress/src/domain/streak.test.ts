import { describe, expect, it } from "vitest";
import { computeStreak, isValidTimeZone } from "./streak.ts";

const a = (iso: string) => ({ time: iso });

describe("streaks in the student's time zone", () => {
  it("counts local calendar days", () => {
    // 23:30 and 00:30 in Tokyo are two days there, one day in UTC
    const acts = [a("2026-11-20T14:30:00Z"), a("2026-11-20T15:30:00Z")];
    expect(computeStreak(acts, "Asia/Tokyo", new Date("2026-11-21T03:00:00Z")).current).toBe(2);
    expect(computeStreak(acts, "UTC", new Date("2026-11-21T03:00:00Z")).current).toBe(1);
  });

  it("stays alive until the end of the next day, then resets; longest is kept", () => {
    const acts = [
      a("2026-11-01T10:00:00Z"),
      a("2026-11-02T10:00:00Z"),
      a("2026-11-03T10:00:00Z"),
      a("2026-11-10T10:00:00Z"),
    ];
    expect(computeStreak(acts, "UTC", new Date("2026-11-11T23:00:00Z"))).toMatchObject({
      current: 1,
      longest: 3,
      activeToday: false,
    });
    expect(computeStreak(acts, "UTC", new Date("2026-11-12T00:30:00Z")).current).toBe(0);
  });
});

describe("time zones and empty histories", () => {
  it("knows an IANA time zone from a made-up one", () => {
    expect(isValidTimeZone("Europe/Paris")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(computeStreak([], "UTC", new Date())).toEqual({
      current: 0,
      longest: 0,
      lastActiveDay: null,
      activeToday: false,
    });
  });
});
