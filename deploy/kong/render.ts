// `npm run kong:config -- --jwks <https://…/api/auth/jwks | jwks.json> [--base deploy/kong/kong.yml] [--out kong.yml]`
// Writes Kong's declarative config with the auth service's public keys in it: one jwt_secret per
// key of the JWKS, keyed by its `kid`, the PEM as a YAML block scalar. During a key rotation the
// JWKS holds both keys, and so does the output. The Kong Deployment runs this in an init
// container from the `kong-jwt-keys` Secret (docs/operations.md, "Kong").
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parse, stringify } from "yaml";
import { jwksToKeys } from "../generate/kong-keys.ts";

const DEFAULT_BASE = join(import.meta.dirname, "kong.yml");
const { values } = parseArgs({
  options: {
    jwks: { type: "string" },
    base: { type: "string", default: DEFAULT_BASE },
    out: { type: "string" },
    // the init container before the first key step: no JWKS file yet, render with no keys
    "allow-no-keys": { type: "boolean", default: false },
  },
});
if (!values.jwks) {
  console.error("usage: kong:config --jwks <url or file> [--base kong.yml] [--out file]");
  process.exit(2);
}
try {
  const missing = !/^https?:\/\//.test(values.jwks) && !existsSync(values.jwks);
  if (missing && !values["allow-no-keys"]) throw new Error(`${values.jwks} does not exist`);
  if (missing) console.error(`kong config: WARNING no ${values.jwks}: no keys, every signed-in route answers 401`);
  const jwks = missing
    ? undefined
    : /^https?:\/\//.test(values.jwks)
      ? await fetch(values.jwks, { signal: AbortSignal.timeout(10_000) }).then((r) => {
          if (!r.ok) throw new Error(`${values.jwks} answered ${r.status}`);
          return r.json();
        })
      : JSON.parse(readFileSync(values.jwks, "utf8"));
  const keys = jwks === undefined ? [] : jwksToKeys(jwks);
  const config = parse(readFileSync(values.base ?? DEFAULT_BASE, "utf8"));
  const consumer = config.consumers?.find((c: { username: string }) => c.username === "emberlearn-auth");
  if (!consumer)
    throw new Error(`${values.base} has no emberlearn-auth consumer: is it EmberLearn's generated kong.yml?`);
  consumer.jwt_secrets = keys.map((k) => ({ key: k.kid, algorithm: "RS256", rsa_public_key: k.pem }));
  const header = `# Rendered by deploy/kong/render.ts with ${keys.length} key(s): ${keys.map((k) => k.kid).join(", ")}`;
  const text = `${header}\n${stringify(config, { lineWidth: 0, version: "1.1" })}`;
  if (values.out) writeFileSync(values.out, text);
  else process.stdout.write(text);
  console.error(
    `kong config: ${keys.length} key(s) (${keys.map((k) => k.kid).join(", ")})${values.out ? ` -> ${values.out}` : ""}`,
  );
} catch (err) {
  console.error(`kong config: ${(err as Error).message}`);
  process.exit(1);
}
