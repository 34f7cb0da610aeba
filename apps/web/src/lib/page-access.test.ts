import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { OPEN_PAGES, redirectFor, SIGNED_IN_SECTIONS, safeNext } from "./page-access";

describe("page access", () => {
  it("knows every section of the app as open or signed-in (a new page must be listed)", () => {
    const sections = readdirSync(join(import.meta.dirname, "..", "app"), { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== "bff")
      .map((e) => e.name);
    const known = [...SIGNED_IN_SECTIONS, ...[...OPEN_PAGES].map((p) => p.slice(1)).filter(Boolean)];
    expect(sections.sort()).toEqual(known.sort());
  });

  it("sends a signed-out visitor of a signed-in page to sign in, and back afterwards", () => {
    expect(redirectFor("/progress", "", undefined)).toBe("/sign-in?next=%2Fprogress");
    expect(redirectFor("/exercises/fizzbuzz", "?tab=hints", undefined)).toBe(
      "/sign-in?next=%2Fexercises%2Ffizzbuzz%3Ftab%3Dhints",
    );
    expect(redirectFor("/teacher/alerts", "", undefined)).toBe("/sign-in?next=%2Fteacher%2Falerts");
  });

  it("lets everyone see the open pages, and leaves the BFF, route handlers, files and unknown paths alone", () => {
    for (const path of ["/", "/sign-in", "/sign-up", "/forgot-password", "/reset-password"])
      expect(redirectFor(path, "", undefined)).toBeUndefined();
    for (const path of ["/bff/progress/me", "/api/x", "/_next/data/x", "/icon.svg", "/monaco/loader.js", "/metrics"])
      expect(redirectFor(path, "", undefined)).toBeUndefined();
  });

  it("sends a student away from the teacher's pages, and lets teachers and admins in", () => {
    expect(redirectFor("/teacher", "", "student")).toBe("/dashboard");
    expect(redirectFor("/teacher/classes/c1", "", "student")).toBe("/dashboard");
    expect(redirectFor("/teachers-lounge", "", "student")).toBeUndefined();
    expect(redirectFor("/teacher/alerts", "", "teacher")).toBeUndefined();
    expect(redirectFor("/teacher", "", "admin")).toBeUndefined();
    expect(redirectFor("/progress", "", "student")).toBeUndefined();
  });

  it("opens after sign-in only a page of this site", () => {
    expect(safeNext("/progress")).toBe("/progress");
    expect(safeNext("/exercises/fizzbuzz?tab=hints")).toBe("/exercises/fizzbuzz?tab=hints");
    for (const bad of [
      "https://evil.example/",
      "//evil.example/x",
      "/\\evil.example",
      "progress",
      "/sign-in",
      "/sign-in?next=/x",
      "/bff/auth/x",
      "/metrics",
      "/pro\ngress",
      "",
      undefined,
      42,
      `/${"a".repeat(2001)}`,
    ])
      expect(safeNext(bad), String(bad)).toBeUndefined();
  });
});
