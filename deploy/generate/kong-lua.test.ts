import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { canonicalPaths, nonCanonicalPaths } from "@emberlearn/platform/http/canonical-path-examples";
import { canonicalPathLua, userHeaderLua } from "./kong-lua.ts";

// The Lua Kong runs, under LuaJIT (the interpreter inside Kong/OpenResty), with the Kong PDK calls it
// uses stood in by plain tables. Kong itself cannot run here; these are the parts we wrote.

const dir = mkdtempSync(join(tmpdir(), "emberlearn-kong-lua-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A Lua string literal holding exactly these UTF-8 bytes. */
const lua = (s: string) => `"${[...Buffer.from(s, "utf8")].map((b) => `\\${b}`).join("")}"`;

function runLua(program: string): string[] {
  const file = join(dir, `t${Math.random().toString(36).slice(2)}.lua`);
  writeFileSync(file, program);
  const r = spawnSync("luajit", [file], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return r.stdout.trim().split("\n");
}

describe("the Lua Kong runs", () => {
  it("refuses exactly the paths the gateway refuses (the same table of examples)", () => {
    const paths = [...canonicalPaths.map((p) => p.split("?")[0]), ...nonCanonicalPaths];
    const out = runLua(`
      local raw
      kong = { request = { get_raw_path = function() return raw end },
               response = { exit = function(status, body, headers)
                 print(status .. " " .. headers["Content-Type"] .. " " .. body); return "exited" end } }
      local check = loadstring(${lua(canonicalPathLua)})()
      for _, p in ipairs({ ${paths.map(lua).join(", ")} }) do
        raw = p
        if check() ~= "exited" then print("ok") end
      end`);
    expect(out).toHaveLength(paths.length);
    canonicalPaths.forEach((p, i) => {
      expect(out[i], p).toBe("ok");
    });
    nonCanonicalPaths.forEach((p, i) => {
      const line = out[canonicalPaths.length + i];
      expect(line, JSON.stringify(p)).toMatch(/^400 application\/problem\+json \{/);
      expect(JSON.parse(line.slice(line.indexOf("{"))).detail).toMatch(/^The path (must|has) /);
    });
  });

  it("names the token's subject for per-user limits and drops the headers only services set", () => {
    const token = (payload: object) =>
      `Bearer eyJhbGciOiJSUzI1NiJ9.${Buffer.from(JSON.stringify(payload)).toString("base64url")}.c2ln`;
    const cases = [
      token({ sub: "u-1", role: "student", n: "??>>" }),
      token({ role: "student", sub: "ada_2" }),
      "Bearer not-a-jwt",
      "",
    ];
    const out = runLua(`
      local auth, headers
      kong = {
        request = { get_header = function(n) if n == "authorization" and auth ~= "" then return auth end end },
        service = { request = {
          clear_header = function(n) headers[n] = nil end,
          set_header = function(n, v) headers[n] = v end } } }
      ngx = { decode_base64 = function(s)
        local b = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        s = s:gsub("[^" .. b .. "=]", "")
        return (s:gsub(".", function(x)
          if x == "=" then return "" end
          local r, f = "", (b:find(x, 1, true) - 1)
          for i = 6, 1, -1 do r = r .. (f % 2 ^ i - f % 2 ^ (i - 1) > 0 and "1" or "0") end
          return r
        end):gsub("%d%d%d?%d?%d?%d?%d?%d?", function(x)
          if #x ~= 8 then return "" end
          local c = 0
          for i = 1, 8 do c = c + (x:sub(i, i) == "1" and 2 ^ (8 - i) or 0) end
          return string.char(c)
        end)) end }
      local name = loadstring(${lua(userHeaderLua)})()
      for _, a in ipairs({ ${cases.map(lua).join(", ")} }) do
        auth, headers = a, { ["x-emberlearn-service"] = "forged", ["x-emberlearn-user"] = "victim" }
        name()
        print(tostring(headers["x-emberlearn-user"]) .. " " .. tostring(headers["x-emberlearn-service"]))
      end`);
    expect(out).toEqual(["u-1 nil", "ada_2 nil", "nil nil", "nil nil"]);
  });
});
