import { describe, expect, it } from "vitest";
import { claimsOf } from "./token-claims";

// The web app reads the access token's claims (unverified) only to decide what to show; a token whose
// claims are not the contract's (packages/contracts/src/token-claims.ts) counts as no session at all.

const token = (claims: unknown) =>
  `x.${Buffer.from(typeof claims === "string" ? claims : JSON.stringify(claims)).toString("base64url")}.sig`;

describe("the access token's claims, as the web app reads them", () => {
  it("reads the contract's claims", () => {
    const claims = { sub: "u1", role: "teacher", name: "Ada", email: "ada@example.org", exp: 2_000_000_000 };
    expect(claimsOf(token({ ...claims, iss: "x", jti: "j" }))).toEqual(claims);
  });

  it("treats a token with another role, no subject, no expiry or no JSON as no session", () => {
    for (const bad of [
      { sub: "u1", role: "superuser", exp: 2_000_000_000 },
      { role: "student", exp: 2_000_000_000 },
      { sub: "u1", role: "student" },
      "not json",
    ])
      expect(claimsOf(token(bad))).toBeUndefined();
    expect(claimsOf(undefined)).toBeUndefined();
    expect(claimsOf("no-dots")).toBeUndefined();
  });
});
