import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decodeProtectedHeader, generateKeyPair, jwtVerify } from "jose";
import {
  ACCESS_TTL_SECONDS,
  hashRefreshToken,
  mintAccessToken,
  newRefreshToken,
  REFRESH_TTL_SECONDS,
} from "./tokens.ts";

// Access tokens every service verifies, and refresh tokens stored only as a hash.

describe("tokens", () => {
  it("mints an RS256 access token for 24 hours with the user's role, name and email", async () => {
    const { publicKey, privateKey } = await generateKeyPair("RS256");
    const now = new Date("2026-12-01T10:00:00Z");
    const token = await mintAccessToken(
      { kid: "k1", privateKey },
      { id: "u1", role: "teacher", name: "Ms T", email: "t@x.org" },
      { issuer: "http://issuer", audience: "emberlearn", now },
    );
    expect(decodeProtectedHeader(token)).toEqual({ alg: "RS256", kid: "k1", typ: "JWT" });
    const { payload } = await jwtVerify(token, publicKey, {
      issuer: "http://issuer",
      audience: "emberlearn",
      currentDate: new Date("2026-12-02T09:59:00Z"),
    });
    const iat = now.getTime() / 1000;
    expect(payload).toMatchObject({ sub: "u1", role: "teacher", name: "Ms T", email: "t@x.org", iat, nbf: iat });
    expect(payload.exp).toBe(iat + 24 * 3600);
    expect(payload.jti).toMatch(/^[0-9a-f-]{36}$/);
    await expect(jwtVerify(token, publicKey, { currentDate: new Date("2026-12-02T10:00:01Z") })).rejects.toThrow();
  });

  it("keeps refresh tokens as a SHA-256 hash of 256 random bits", () => {
    const { token, hash } = newRefreshToken();
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(hash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hashRefreshToken(token)).toBe(hash);
    expect(newRefreshToken().token).not.toBe(token);
    expect([ACCESS_TTL_SECONDS, REFRESH_TTL_SECONDS]).toEqual([86_400, 2_592_000]);
  });
});
