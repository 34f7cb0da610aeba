import { describe, expect, it } from "vitest";
import { pathProblem } from "./canonical-path.ts";
import { canonicalPaths, nonCanonicalPaths } from "./canonical-path-examples.ts";

describe("canonical paths", () => {
  it.each(canonicalPaths)("accepts %j", (path) => {
    expect(pathProblem(path)).toBeUndefined();
  });

  it.each(nonCanonicalPaths)("refuses %j", (path) => {
    expect(pathProblem(path)?.reason).toMatch(/^(must|has) /);
  });

  it("says what is wrong in words", () => {
    expect(pathProblem("/api/sandbox/%74est")?.reason).toBe('must not percent-encode "t" (%74): send it as itself');
    expect(pathProblem("/api/sandbox/./test")?.reason).toBe("must not contain a dot segment (. or ..)");
    expect(pathProblem("/api/x/%C0%AE")?.reason).toBe("has percent-encoded bytes that are not valid UTF-8");
    expect(pathProblem("/api/x/a\u0001")?.reason).toBe('must not contain "U+0001" unencoded');
  });
});
