import { describe, expect, it } from "vitest";
import { newJoinCode, normaliseJoinCode } from "./join-code.ts";
import { passwordProblems } from "./passwords.ts";
import { createSignInThrottle } from "./sign-in-throttle.ts";

// The account rules that stand between a student and someone guessing at their account.

describe("sign-in throttle", () => {
  it("blocks an email after the fifth wrong password until the window has passed, then lets it try again", () => {
    let t = 0;
    const throttle = createSignInThrottle({ now: () => t });
    for (let i = 0; i < 4; i++) throttle.failed("ada@x.org");
    expect(throttle.blockedFor("ada@x.org")).toBeUndefined();
    throttle.failed("ada@x.org");
    // 15 minutes from the first failure
    expect(throttle.blockedFor("ada@x.org")).toBe(900);
    t = 899_001;
    expect(throttle.blockedFor("ada@x.org")).toBe(1);
    expect(throttle.blockedFor("bob@x.org")).toBeUndefined();
    t = 900_000;
    expect(throttle.blockedFor("ada@x.org")).toBeUndefined();
    // a fresh window: one failure is not a block
    throttle.failed("ada@x.org");
    expect(throttle.blockedFor("ada@x.org")).toBeUndefined();
  });

  it("clears the count on a successful sign-in", () => {
    const throttle = createSignInThrottle({ maxFailures: 2, windowMs: 1000, now: () => 0 });
    throttle.failed("ada@x.org");
    throttle.succeeded("ada@x.org");
    throttle.failed("ada@x.org");
    expect(throttle.blockedFor("ada@x.org")).toBeUndefined();
    throttle.failed("ada@x.org");
    expect(throttle.blockedFor("ada@x.org")).toBe(1);
  });

  it("keeps counting a live email while forgetting ended windows of many others", () => {
    let t = 0;
    const throttle = createSignInThrottle({ maxFailures: 2, windowMs: 1000, now: () => t });
    for (let i = 0; i <= 100_000; i++) throttle.failed(`u${i}@x.org`);
    t = 2000;
    throttle.failed("ada@x.org");
    throttle.failed("ada@x.org");
    expect(throttle.blockedFor("ada@x.org")).toBe(1);
    throttle.failed("u0@x.org");
    expect(throttle.blockedFor("u0@x.org")).toBeUndefined();
  });
});

describe("password rules", () => {
  it("accepts a long password that mixes kinds of characters", () => {
    expect(passwordProblems("correct horse 42", "ada@x.org")).toEqual([]);
    expect(passwordProblems("abcdefghi1", "ada@x.org")).toEqual([]);
  });

  it("names every problem", () => {
    expect(passwordProblems("short", "ada@x.org")).toEqual([
      "must be at least 10 characters long",
      "must mix letters with digits or symbols",
    ]);
    expect(passwordProblems(`a1${"b".repeat(127)}`, "ada@x.org")).toEqual(["must be at most 128 characters long"]);
    expect(passwordProblems("abcdefghijkl", "ada@x.org")).toEqual(["must mix letters with digits or symbols"]);
    expect(passwordProblems("1234567890!!", "ada@x.org")).toEqual(["must mix letters with digits or symbols"]);
    expect(passwordProblems("ADA-lovelace-1", "Lovelace@x.org")).toEqual(["must not contain your email address"]);
  });

  it("allows exactly 10 and 128 characters, and a short email name inside the password", () => {
    expect(passwordProblems("abcdefgh12", "z@x.org")).toEqual([]);
    expect(passwordProblems(`a1${"b".repeat(126)}`, "z@x.org")).toEqual([]);
    expect(passwordProblems("adam-smith-12", "ad@x.org")).toEqual([]);
    expect(passwordProblems("bob-smith-12", "bob@x.org")).toEqual(["must not contain your email address"]);
  });
});

describe("join codes", () => {
  it("are 8 characters without look-alikes", () => {
    for (let i = 0; i < 200; i++) expect(newJoinCode()).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    expect(new Set(Array.from({ length: 20 }, newJoinCode)).size).toBeGreaterThan(1);
  });

  it("are read as typed: spaces, dashes and case do not matter", () => {
    expect(normaliseJoinCode(" ab3d-ef 7h ")).toBe("AB3DEF7H");
  });
});
