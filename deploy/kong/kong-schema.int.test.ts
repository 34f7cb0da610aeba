// biome-ignore-all lint/suspicious/noExplicitAny: the test edits parsed kong.yml documents, whose shape each step names
import { spawnSync } from "node:child_process";
import { createVerify, generateKeyPairSync } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  createLogger,
  createMemoryBus,
  migrateService,
  openDatabase,
  type App,
  type Database,
} from "@emberlearn/platform";
import { authModule } from "../../services/auth/src/app.ts";
import { rotateKey } from "../../services/auth/src/repository/keys.ts";
import { validateKongConfig } from "./schema/validate.ts";

// deploy/kong/kong.yml against Kong 3.9.3's schema rules (schema/), before and after the
// documented key step (`npm run kong:config -- --jwks …`) fed with a real JWKS from the auth
// service — across a key rotation, so the file holds both keys, each found by its kid.

const dir = mkdtempSync(join(tmpdir(), "emberlearn-kong-"));
const committed = parse(readFileSync(join(import.meta.dirname, "kong.yml"), "utf8"), { version: "1.1" });
let database: Database;
let app: App;

function render(jwks: unknown): { status: number | null; stderr: string; config?: any } {
  writeFileSync(join(dir, "jwks.json"), JSON.stringify(jwks));
  const res = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      join(import.meta.dirname, "render.ts"),
      "--jwks",
      join(dir, "jwks.json"),
      "--out",
      join(dir, "kong.yml"),
    ],
    { encoding: "utf8" },
  );
  const config = res.status === 0 ? parse(readFileSync(join(dir, "kong.yml"), "utf8"), { version: "1.1" }) : undefined;
  return { status: res.status, stderr: res.stderr, config };
}

const jwks = async () => (await app.inject({ url: "/api/auth/jwks" })).json();
const signUp = async (email: string) =>
  (
    await app.inject({
      method: "POST",
      url: "/api/auth/sign-up",
      payload: { name: "Kong Test", email, password: "correct-horse-42" },
    })
  ).json().accessToken as string;

beforeAll(async () => {
  database = await openDatabase({});
  await migrateService(database, { service: "auth", folder: authModule.migrations! });
  const handle = await authModule.create({
    config: { AUTH_ISSUER: "https://emberlearn.example.org", AUTH_AUDIENCE: "emberlearn", SEED_DEMO: "false" } as never,
    logger: createLogger("auth", "silent"),
    database,
    bus: createMemoryBus(),
    verifyToken: async () => {
      throw new Error("unused");
    },
    client: () => {
      throw new Error("unused");
    },
  });
  app = handle.app;
  await app.ready();
}, 60_000);
afterAll(async () => {
  await app?.close();
  await database?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("Kong's declarative config under Kong 3.9.3's schema", () => {
  it("accepts the generated file", () => {
    expect(validateKongConfig(committed)).toEqual([]);
  });

  it("accepts the file after the key step, with both keys of a rotation found by kid", async () => {
    const oldToken = await signUp("before-rotation@example.org");
    await rotateKey(database.db);
    const newToken = await signUp("after-rotation@example.org");
    const { status, stderr, config } = render(await jwks());
    expect(status, stderr).toBe(0);
    expect(validateKongConfig(config)).toEqual([]);
    const secrets = config.consumers[0].jwt_secrets as { key: string; rsa_public_key: string; algorithm: string }[];
    expect(secrets).toHaveLength(2);
    // what Kong's jwt plugin does: the token's kid finds the secret, whose PEM verifies the signature
    for (const token of [oldToken, newToken]) {
      const [header, payload, signature] = token.split(".");
      const { kid, alg } = JSON.parse(Buffer.from(header!, "base64url").toString());
      const secret = secrets.find((s) => s.key === kid);
      expect(secret, `a jwt_secret for kid ${kid}`).toBeDefined();
      expect(alg).toBe(secret!.algorithm);
      const ok = createVerify("RSA-SHA256")
        .update(`${header}.${payload}`)
        .verify(secret!.rsa_public_key, Buffer.from(signature!, "base64url"));
      expect(ok).toBe(true);
    }
    // the rendered YAML holds each PEM as a block scalar
    expect(readFileSync(join(dir, "kong.yml"), "utf8")).toMatch(/rsa_public_key: \|\s*\n\s+-----BEGIN PUBLIC KEY-----/);
  });

  it("refuses a JWKS Kong could not use, naming the key", async () => {
    const keys = (await jwks()).keys;
    expect(render({ keys: [] }).stderr).toMatch(/no keys/);
    expect(render({ keys: [{ ...keys[0], kid: undefined }] }).stderr).toMatch(/has no kid/);
    expect(render({ keys: [{ ...keys[0], alg: "ES256" }] }).stderr).toMatch(/not RS256/);
    expect(render({ keys: [keys[0], keys[0]] }).stderr).toMatch(/appears twice/);
  });

  it("finds what Kong would refuse (the validator can fail)", () => {
    const broken = structuredClone(committed);
    const sandboxRun = broken.services
      .find((s: any) => s.name === "sandbox")
      .routes.find((r: any) => r.name === "sandbox-run");
    const limit = sandboxRun.plugins.find((p: any) => p.name === "rate-limiting");
    limit.config.policy = "cluster"; // needs a database: not in DB-less mode
    sandboxRun.plugins.find((p: any) => p.name === "jwt").config.key_claim_name = "";
    broken.consumers[0].jwt_secrets = [
      // the old envsubst placeholder, which is no key
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is the point
      { key: "k1", algorithm: "RS256", rsa_public_key: "${EMBERLEARN_JWT_PUBLIC_KEY}" },
      { key: "k1", algorithm: "RS256", rsa_public_key: secretPem() },
    ];
    broken.services[0].routes[0].paths = ["/api/auth/../x"];
    broken.services[0].routes[0].unknown_thing = true;
    broken.services[1].connect_timeout = 0;
    const messages = validateKongConfig(broken).map((e) => `${e.path}: ${e.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/plugins\[\d\]\.config\.policy: expected one of: local, redis/),
        expect.stringMatching(/key_claim_name: length must be at least 1/),
        expect.stringMatching(/jwt_secrets\[0\]: rsa_public_key: invalid key/),
        expect.stringMatching(/UNIQUE violation detected on '\{jwt_secrets.key="k1"\}'/),
        expect.stringMatching(/paths\[0\]: non-normalized path, consider use '\/api\/x' instead/),
        expect.stringMatching(/routes\[0\]\.unknown_thing: unknown field/),
        expect.stringMatching(/services\[1\]\.connect_timeout: value should be between 1 and/),
      ]),
    );
    const local = structuredClone(committed);
    const lim = local.services
      .find((s: any) => s.name === "sandbox")
      .routes.find((r: any) => r.name === "sandbox-run")
      .plugins.find((p: any) => p.name === "rate-limiting");
    lim.config = { minute: 30, second: 60, policy: "local", sync_rate: 1, limit_by: "header" };
    expect(validateKongConfig(local).map((e) => e.message)).toEqual(
      expect.arrayContaining([
        "The limit for minute(30.0) cannot be lower than the limit for second(60.0)",
        "config.header_name: required field missing",
      ]),
    );
  });
});

function secretPem(): string {
  return generateKeyPairSync("rsa", { modulusLength: 2048 })
    .publicKey.export({ type: "spki", format: "pem" })
    .toString();
}
