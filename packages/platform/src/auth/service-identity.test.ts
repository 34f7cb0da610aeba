import { afterEach, describe, expect, it, vi } from "vitest";
import { createServiceIdentity } from "./service-identity.ts";

// The second credential internal routes demand: a short-lived token only services can make, valid for
// one callee, signed with a secret that may be rotated.

const secret = (c: string) => c.repeat(32);
const claims = (token: string) => JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString());

describe("service identity", () => {
  afterEach(() => vi.useRealTimers());

  it("says who is calling, for the one service the token names", async () => {
    const id = createServiceIdentity([secret("a")]);
    const token = id.token("triage", "exercise");
    expect(await id.verify(token, "exercise")).toEqual({ service: "triage" });
    expect(await id.verify(token, "sandbox")).toBeUndefined();
    expect(claims(token)).toMatchObject({
      iss: "emberlearn-services",
      sub: "triage",
      aud: "emberlearn-internal:exercise",
    });
    expect(claims(token).exp - claims(token).iat).toBe(60);
    expect(JSON.parse(Buffer.from(token.split(".")[0]!, "base64url").toString())).toEqual({ alg: "HS256", typ: "JWT" });
  });

  it("refuses a token from another secret, a tampered one, and garbage", async () => {
    const id = createServiceIdentity([secret("a")]);
    const stranger = createServiceIdentity([secret("b")]);
    expect(await id.verify(stranger.token("triage", "exercise"), "exercise")).toBeUndefined();
    const [h, , s] = id.token("triage", "exercise").split(".");
    const forged = Buffer.from(JSON.stringify({ ...claims(id.token("triage", "exercise")), sub: "gateway" })).toString(
      "base64url",
    );
    expect(await id.verify(`${h}.${forged}.${s}`, "exercise")).toBeUndefined();
    expect(await id.verify("not.a.token", "exercise")).toBeUndefined();
  });

  it("accepts tokens signed with an older secret during a rotation, and signs new ones with the first", async () => {
    const old = createServiceIdentity([secret("a")]);
    const rotating = createServiceIdentity([secret("b"), secret("a")]);
    const onlyNew = createServiceIdentity([secret("b")]);
    expect(await rotating.verify(old.token("triage", "exercise"), "exercise")).toEqual({ service: "triage" });
    expect(await onlyNew.verify(rotating.token("triage", "exercise"), "exercise")).toEqual({ service: "triage" });
    expect(await old.verify(rotating.token("triage", "exercise"), "exercise")).toBeUndefined();
  });

  it("reuses a token for half its life, then makes a fresh one; an expired token is refused", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-12-01T10:00:00Z"));
    const id = createServiceIdentity([secret("a")]);
    const first = id.token("triage", "exercise");
    expect(id.token("triage", "exercise")).toBe(first);
    expect(id.token("triage", "debug")).not.toBe(first);
    vi.setSystemTime(new Date("2026-12-01T10:00:29Z"));
    expect(id.token("triage", "exercise")).toBe(first);
    vi.setSystemTime(new Date("2026-12-01T10:00:31Z"));
    expect(id.token("triage", "exercise")).not.toBe(first);
    // 60 s of life and 5 s of clock tolerance
    vi.setSystemTime(new Date("2026-12-01T10:01:04Z"));
    expect(await id.verify(first, "exercise")).toEqual({ service: "triage" });
    vi.setSystemTime(new Date("2026-12-01T10:01:06Z"));
    expect(await id.verify(first, "exercise")).toBeUndefined();
  });

  it("refuses a short or missing secret", () => {
    expect(() => createServiceIdentity([])).toThrow("a service token secret must be at least 32 characters");
    expect(() => createServiceIdentity([secret("a"), "short"])).toThrow("at least 32 characters");
    expect(() => createServiceIdentity(["x".repeat(31)])).toThrow();
    expect(() => createServiceIdentity(["x".repeat(32)])).not.toThrow();
  });
});
