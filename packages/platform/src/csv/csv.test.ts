import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv.ts";

describe("CSV for spreadsheets", () => {
  it("quotes commas, quotes and line breaks, and ends rows with CRLF", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["x,y", 'say "hi"'],
          ["line\nbreak", 3],
        ],
      ),
    ).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",3\r\n');
  });
  it("keeps formulas as text", () => {
    for (const bad of ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", '=HYPERLINK("http://x","y")'])
      expect(csvCell(bad).replace(/^"/, "")[0]).toBe("'");
    expect(csvCell(-2)).toBe("-2"); // a number is data, not a formula
    expect(csvCell("Ada")).toBe("Ada");
  });
  it("writes empty cells for missing values", () => {
    expect(toCsv(["a", "b", "c"], [[null, undefined, Number.NaN]])).toBe("a,b,c\r\n,,\r\n");
  });
});
