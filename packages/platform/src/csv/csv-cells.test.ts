import { describe, expect, it } from "vitest";
import { attachment, csvCell, toCsv } from "./csv.ts";

// Each kind of cell a gradebook export writes, and the download's file name.

describe("csv cells", () => {
  it("writes empty cells, booleans in words and finite numbers", () => {
    expect([null, undefined, true, false, 0, 87.5, Number.NaN, Number.POSITIVE_INFINITY].map(csvCell)).toEqual([
      "",
      "",
      "yes",
      "no",
      "0",
      "87.5",
      "",
      "",
    ]);
    expect(toCsv(["a", "b"], [[null, false]])).toBe("a,b\r\n,no\r\n");
  });

  it("quotes only what needs quoting, and keeps formulas as text", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a\rb")).toBe('"a\rb"');
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("\tx")).toBe("'\tx");
  });
});

describe("download name", () => {
  it("gives a plain-ASCII fallback and the exact UTF-8 name", () => {
    expect(attachment("Klasse 7b – Noten.csv")).toBe(
      `attachment; filename="Klasse-7b-Noten.csv"; filename*=UTF-8''${encodeURIComponent("Klasse 7b – Noten.csv")}`,
    );
    expect(attachment("gradebook_2026-12.csv")).toBe(
      "attachment; filename=\"gradebook_2026-12.csv\"; filename*=UTF-8''gradebook_2026-12.csv",
    );
  });
});
