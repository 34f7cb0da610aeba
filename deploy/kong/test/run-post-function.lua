-- Test harness: runs one post-function snippet the way Kong's sandbox does (kong/tools/sandbox.lua,
-- kong-lua-sandbox.lua): a fresh environment with only safe globals, `require` limited to the
-- untrusted_lua_sandbox_requires list (cjson.safe), and `kong` / `ngx` stand-ins for one request.
--   luajit run-post-function.lua <snippet.lua> <token or "-">
-- prints "pass" or "exit <status> <message>"
local code = assert(io.open(arg[1])):read("*a")
local token = arg[2] ~= "-" and arg[2] or nil

local b64chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
local function decode_base64(s)
  if #s % 4 ~= 0 or s:find("[^%w%+/=]") then return nil end
  s = s:gsub("=", "")
  local bits = s:gsub(".", function(c)
    local n = b64chars:find(c, 1, true) - 1
    local out = ""
    for i = 5, 0, -1 do out = out .. (math.floor(n / 2 ^ i) % 2) end
    return out
  end)
  return (bits:gsub("%d%d%d?%d?%d?%d?%d?%d?", function(byte)
    if #byte ~= 8 then return "" end
    return string.char(tonumber(byte, 2))
  end))
end

local exited
local kong = {
  ctx = { shared = { authenticated_jwt_token = token } },
  response = { exit = function(status, body) exited = { status, body.message }; return end },
}
local allowed = { ["cjson.safe"] = true }
local env = {
  ipairs = ipairs, pairs = pairs, type = type, tostring = tostring, tonumber = tonumber, pcall = pcall,
  string = string, table = table, math = math,
  require = function(m)
    if not allowed[m] then error("require '" .. m .. "' not allowed within sandbox") end
    return require(m)
  end,
  kong = kong,
  ngx = { decode_base64 = decode_base64 },
}
local chunk = assert(loadstring(code))
setfenv(chunk, env)
local fn = chunk()
assert(type(fn) == "function", "the snippet must return the per-request function")
fn()
if exited then print("exit " .. exited[1] .. " " .. exited[2]) else print("pass") end
