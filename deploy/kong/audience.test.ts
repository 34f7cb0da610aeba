import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { audienceCheckLua } from "../generate/kong-auth.ts";

// The `aud` check Kong runs after its jwt plugin (a post-function), executed by LuaJIT — Kong's
// Lua — in an environment shaped like Kong's sandbox, with the real lua-cjson.

const dir = mkdtempSync(join(tmpdir(), "emberlearn-aud-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const snippet = join(dir, "aud.lua");
writeFileSync(snippet, audienceCheckLua("emberlearn"));

const b64url = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
const token = (claims: unknown) => `${b64url({ alg: "RS256", kid: "k1" })}.${b64url(claims)}.c2lnbmF0dXJl`;
function run(tokenOrDash: string): string {
  const res = spawnSync("luajit", [join(import.meta.dirname, "test/run-post-function.lua"), snippet, tokenOrDash], {
    encoding: "utf8",
  });
  if (res.error) throw new Error(`luajit is needed (apt-get install luajit lua-cjson): ${res.error.message}`);
  if (res.status !== 0) throw new Error(res.stderr);
  return res.stdout.trim();
}

describe("Kong's audience check", () => {
  it("passes a token for EmberLearn, as a string or in a list", () => {
    expect(run(token({ sub: "u1", aud: "emberlearn", exp: 1e10 }))).toBe("pass");
    expect(run(token({ sub: "u1", aud: ["other", "emberlearn"] }))).toBe("pass");
  });

  it("refuses a token for another audience, without one, or that is not a JWT", () => {
    expect(run(token({ sub: "u1", aud: "another-app" }))).toBe("exit 401 Invalid audience");
    expect(run(token({ sub: "u1" }))).toBe("exit 401 Invalid audience");
    expect(run(token({ sub: "u1", aud: ["a", "b"] }))).toBe("exit 401 Invalid audience");
    expect(run("not-a-jwt")).toBe("exit 401 Invalid token");
    expect(run(`${b64url({})}.bm90IGpzb24.x`)).toBe("exit 401 Invalid audience");
    expect(run("-")).toBe("exit 401 Unauthorized");
  });

  it("survives padding: payloads of every length modulo 4", () => {
    for (const pad of ["", "x", "xx", "xxx"]) expect(run(token({ aud: "emberlearn", p: pad }))).toBe("pass");
  });
});
