// The two pieces of Kong's edge policy that its bundled plugins cannot express, as Lua for the
// pre-function plugin (it runs before every other plugin). kong-lua.test.ts runs both under LuaJIT,
// the interpreter Kong embeds, against the same examples as the embedded gateway's TypeScript.

/**
 * Rewrite phase, before Kong's router: refuse a path that is not in canonical form, by the rules of
 * packages/platform/src/http/canonical-path.ts. Kong would route on its own normalised path; refusing
 * means the path every plugin and service sees is the one the client sent.
 */
export const canonicalPathLua = `-- EmberLearn: one canonical spelling per path
-- (packages/platform/src/http/canonical-path.ts)
local PLAIN, UNRESERVED = {}, {}
for c in ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"):gmatch(".") do
  PLAIN[c:byte()] = true
  UNRESERVED[c:byte()] = true
end
for c in ("!$&'()*+,=:@"):gmatch(".") do PLAIN[c:byte()] = true end

local function utf8_ok(bytes)
  local i, n = 1, #bytes
  while i <= n do
    local b, need = bytes[i], 0
    if b >= 0xC2 and b <= 0xDF then need = 1
    elseif b >= 0xE0 and b <= 0xEF then need = 2
    elseif b >= 0xF0 and b <= 0xF4 then need = 3
    elseif b >= 0x80 then return false end
    if i + need > n then return false end
    for k = 1, need do
      local c = bytes[i + k]
      if c < 0x80 or c > 0xBF then return false end
    end
    local b2 = bytes[i + 1]
    if (b == 0xE0 and b2 < 0xA0) or (b == 0xED and b2 > 0x9F)
      or (b == 0xF0 and b2 < 0x90) or (b == 0xF4 and b2 > 0x8F) then
      return false
    end
    i = i + need + 1
  end
  return true
end

local function segment_problem(seg)
  local bytes, i = {}, 1
  while i <= #seg do
    local b = seg:byte(i)
    if b == 0x25 then
      local hex = seg:sub(i + 1, i + 2)
      if not hex:match("^%x%x$") then return "has a % that is not followed by two hex digits" end
      if hex ~= hex:upper() then return "must use upper-case hex in percent-encodings" end
      local v = tonumber(hex, 16)
      if UNRESERVED[v] then return "must not percent-encode an unreserved character: send it as itself" end
      if v < 0x20 or v == 0x7F or v == 0x2F or v == 0x5C or v == 0x25 then
        return "must not encode a slash, backslash, percent sign or control character"
      end
      bytes[#bytes + 1] = v
      i = i + 3
    else
      if #bytes > 0 and not utf8_ok(bytes) then return "has percent-encoded bytes that are not valid UTF-8" end
      bytes = {}
      if b == 0x5C then return "must not contain a backslash" end
      if not PLAIN[b] then return "must not contain this character unencoded" end
      i = i + 1
    end
  end
  if #bytes > 0 and not utf8_ok(bytes) then return "has percent-encoded bytes that are not valid UTF-8" end
  return nil
end

local function path_problem(path)
  if path:sub(1, 1) ~= "/" then return "must start with /" end
  local start = 2
  while true do
    local slash = path:find("/", start, true)
    local seg = path:sub(start, slash and slash - 1 or #path)
    if seg == "" and slash then return "must not contain an empty segment (//)" end
    if seg == "." or seg == ".." then return "must not contain a dot segment (. or ..)" end
    local problem = segment_problem(seg)
    if problem then return problem end
    if not slash then return nil end
    start = slash + 1
  end
end

return function()
  local problem = path_problem(kong.request.get_raw_path())
  if problem then
    return kong.response.exit(400,
      '{"type":"urn:emberlearn:problem:non-canonical-path","title":"Bad Request","status":400,"detail":"The path '
        .. problem .. '"}',
      { ["Content-Type"] = "application/problem+json" })
  end
end
`;

/**
 * Access phase, before the jwt and rate-limiting plugins: drop headers only EmberLearn sets, and name
 * the user a per-user limit counts for. The subject is read from the bearer token unverified; that is
 * safe because the jwt plugin (which runs before rate-limiting) refuses any token it cannot verify.
 */
export const userHeaderLua = `-- EmberLearn: services mint x-emberlearn-service;
-- x-emberlearn-user is the token's subject
return function()
  kong.service.request.clear_header("x-emberlearn-service")
  kong.service.request.clear_header("x-emberlearn-user")
  local auth = kong.request.get_header("authorization")
  local payload = auth and auth:match("^Bearer [%w%-_]+%.([%w%-_]+)%.[%w%-_]*$")
  if not payload then return end
  payload = payload:gsub("%-", "+"):gsub("_", "/")
  local json = ngx.decode_base64(payload .. string.rep("=", (4 - #payload % 4) % 4))
  local sub = json and json:match('"sub"%s*:%s*"([^"\\\\]+)"')
  if sub then kong.service.request.set_header("x-emberlearn-user", sub) end
end
`;
