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

  // each rule, with the words the client reads in the 400
  it.each([
    ["api/x", "must start with /"],
    ["/api//x", "must not contain an empty segment (//)"],
    ["/api/../x", "must not contain a dot segment (. or ..)"],
    ["/api/x/.", "must not contain a dot segment (. or ..)"],
    ["/api/%7", "has a % that is not followed by two hex digits"],
    ["/api/%zz", "has a % that is not followed by two hex digits"],
    ["/api/%c3%a9", "must use upper-case hex in percent-encodings (%c3)"],
    ["/api/%41", 'must not percent-encode "A" (%41): send it as itself'],
    ["/api/%2E", 'must not percent-encode "." (%2E): send it as itself'],
    ["/api/%7E", 'must not percent-encode "~" (%7E): send it as itself'],
    ["/api/%2F", "must not encode a slash, backslash, percent sign or control character (%2F)"],
    ["/api/%5C", "must not encode a slash, backslash, percent sign or control character (%5C)"],
    ["/api/%25", "must not encode a slash, backslash, percent sign or control character (%25)"],
    ["/api/%00", "must not encode a slash, backslash, percent sign or control character (%00)"],
    ["/api/%1F", "must not encode a slash, backslash, percent sign or control character (%1F)"],
    ["/api/%7F", "must not encode a slash, backslash, percent sign or control character (%7F)"],
    ["/api/%C3", "has percent-encoded bytes that are not valid UTF-8"],
    ["/api/%C3x", "has percent-encoded bytes that are not valid UTF-8"],
    ["/api/%E2%82", "has percent-encoded bytes that are not valid UTF-8"],
    ["/api/a\\b", "must not contain a backslash"],
    ["/api/a b", 'must not contain " " unencoded'],
    ["/api/a;b", 'must not contain ";" unencoded'],
    ["/api/a#b", 'must not contain "#" unencoded'],
    ["/api/\u00e9", 'must not contain "U+00E9" unencoded'],
    ["/api/a\u007f", 'must not contain "U+007F" unencoded'],
  ])("%j: %s", (path, reason) => {
    expect(pathProblem(path)).toEqual({ reason });
  });

  it.each([
    "/api/x/",
    "/api/%20",
    "/api/%C3%A9x",
    "/api/%E2%82%AC/%F0%9F%90%8D",
    "/a?b=//../%zz",
    "/api/~a.b-c_d",
    "/",
  ])("accepts %j", (path) => expect(pathProblem(path)).toBeUndefined());
});
