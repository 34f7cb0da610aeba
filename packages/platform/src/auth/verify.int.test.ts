import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type Server } from "node:http";
import { createHmac, randomUUID } from "node:crypto";
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type JWK } from "jose";
import { createJwtVerifier } from "./verify.ts";
import { UnauthorizedError } from "../errors.ts";

// Every way a token can be wrong gets the same 401 and no detail.
describe("JWT verification", () => {
  const ISS = "https://emberlearn.test";
  const AUD = "emberlearn";
  let server: Server;
  let jwksUrl: string;
  let good: { kid: string; privateKey: CryptoKey; publicKey: CryptoKey };
  let stranger: { privateKey: CryptoKey };
  let publicJwk: JWK;

  beforeAll(async () => {
    const pair = await generateKeyPair("RS256", { extractable: true });
    good = { kid: "key-1", ...pair };
    stranger = await generateKeyPair("RS256");
    publicJwk = { ...(await exportJWK(pair.publicKey)), kid: "key-1", alg: "RS256", use: "sig" };
    server = createServer((_req, res) =>
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [publicJwk] })),
    );
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    jwksUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/jwks`;
  });
  afterAll(() => server.close());

  const claims = { role: "student", name: "Ada", email: "ada@example.org" };
  const sign = (
    opts: { key?: CryptoKey; kid?: string; iss?: string; aud?: string; exp?: number; nbf?: number } = {},
  ) => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid: opts.kid ?? good.kid })
      .setSubject("u1")
      .setIssuer(opts.iss ?? ISS)
      .setAudience(opts.aud ?? AUD)
      .setIssuedAt(now)
      .setNotBefore(opts.nbf ?? now)
      .setExpirationTime(opts.exp ?? now + 3600)
      .setJti(randomUUID())
      .sign(opts.key ?? good.privateKey);
  };
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const verify = (token: string) => createJwtVerifier({ jwksUrl, issuer: ISS, audience: AUD })(token);

  it("accepts a valid token and maps its claims", async () => {
    expect(await verify(await sign())).toMatchObject({
      id: "u1",
      role: "student",
      name: "Ada",
      email: "ada@example.org",
    });
  });

  it("remembers a verified token, but never past its expiry", async () => {
    const check = createJwtVerifier({ jwksUrl, issuer: ISS, audience: AUD });
    const token = await sign({ exp: Math.floor(Date.now() / 1000) + 1 });
    expect((await check(token)).id).toBe("u1");
    expect((await check(token)).id).toBe("u1");
    // past exp and the verifier's 5 s clock tolerance: refused, though it verified a moment ago
    await new Promise((r) => setTimeout(r, 7000));
    await expect(check(token)).rejects.toBeInstanceOf(UnauthorizedError);
  }, 15_000);

  // an admin's claims, in tokens nobody signed
  const forged = { sub: "u1", role: "admin", iss: ISS, aud: AUD, exp: 9e9, iat: 1, jti: "x" };
  const attacks: [string, () => Promise<string>][] = [
    ["alg: none", async () => `${b64({ alg: "none", typ: "JWT" })}.${b64(forged)}.`],
    [
      "HS256 signed with the RSA public key",
      async () => {
        const pem = await exportSPKI(good.publicKey);
        const head = b64({ alg: "HS256", kid: good.kid, typ: "JWT" });
        const body = b64({ sub: "u1", role: "admin", iss: ISS, aud: AUD, exp: 9e9, iat: 1, nbf: 1, jti: "x" });
        return `${head}.${body}.${createHmac("sha256", pem).update(`${head}.${body}`).digest("base64url")}`;
      },
    ],
    ["an unknown kid", () => sign({ kid: "no-such-key" })],
    ["a key that is not in the JWKS", () => sign({ key: stranger.privateKey })],
    ["expired", () => sign({ exp: Math.floor(Date.now() / 1000) - 60 })],
    ["not yet valid", () => sign({ nbf: Math.floor(Date.now() / 1000) + 3600 })],
    ["a wrong issuer", () => sign({ iss: "https://evil.example" })],
    ["a wrong audience", () => sign({ aud: "someone-else" })],
    [
      "a payload changed after signing",
      async () => {
        const [h, , s] = (await sign()).split(".");
        return `${h}.${b64({ ...claims, ...forged })}.${s}`;
      },
    ],
    ["garbage", async () => "not.a.token"],
  ];

  it.each(attacks)("refuses %s with a generic 401", async (_name, make) => {
    const err = await verify(await make()).catch((e) => e);
    expect(err).toMatchObject({ status: 401, message: "Authentication required" });
  });
});
