import { describe, expect, it } from "vitest";
import { foreignServerAction, problem, unsafeSegment } from "./problem";

describe("the web app's refusals", () => {
  const action = (headers: Record<string, string>) =>
    foreignServerAction(new Headers({ "next-action": "abc123", ...headers }), "POST");

  it("spots a server action sent from another site, or from nowhere", () => {
    expect(action({ origin: "https://evil.example", host: "localhost:8000" })).toBe(true);
    expect(action({ origin: "null", host: "localhost:8000" })).toBe(true);
    expect(action({ host: "localhost:8000" })).toBe(true);
    expect(
      action({ origin: "http://localhost:8000", host: "127.0.0.1:3000", "x-forwarded-host": "evil.example" }),
    ).toBe(true);
    expect(
      action({ origin: "http://localhost:8000", host: "127.0.0.1:3000", "x-forwarded-host": "localhost:8000" }),
    ).toBe(false);
    expect(foreignServerAction(new Headers({ origin: "https://evil.example" }), "POST")).toBe(false);
  });

  it("refuses BFF segments that fetch() would resolve", () => {
    expect(unsafeSegment(["sandbox", "..", "auth", "me"])).toBe("..");
    expect(unsafeSegment(["sandbox", "."])).toBe(".");
    expect(unsafeSegment(["sandbox", "a/b"])).toBe("a/b");
    expect(unsafeSegment(["exercise", "exercises", "list-comp", "submissions"])).toBeUndefined();
  });

  it("answers problem+json", async () => {
    const res = problem(403, "cross-site", "Forbidden", "Cross-site request refused", "/bff/x");
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(await res.json()).toEqual({
      type: "urn:emberlearn:problem:cross-site",
      title: "Forbidden",
      status: 403,
      detail: "Cross-site request refused",
      instance: "/bff/x",
    });
  });
});
