// The token and limit-store parts of Kong's configuration (kong.ts builds the rest):
// - jwt: RS256 keys looked up by the token header's `kid`, so during a key rotation both the
//   old and the new key are accepted (one jwt_secret per key; Kong's key field is unique, so
//   keying on `iss` would allow only one);
// - `aud` checked after jwt by a post-function (Kong OSS's jwt plugin verifies only exp/nbf);
// - rate-limit counters in Redis, shared by every Kong replica (`policy: local` would give each
//   replica its own counters and multiply every limit by the replica count).

export interface JwtKey {
  kid: string;
  /** SPKI PEM of the RSA public key */
  pem: string;
}

export const KONG_CONSUMER = "emberlearn-auth";
export const KONG_REDIS = { host: "kong-redis", port: 6379, timeout: 2000, database: 0 };

export const jwtPlugin = () => ({
  name: "jwt",
  config: {
    key_claim_name: "kid",
    claims_to_verify: ["exp", "nbf"],
    header_names: ["authorization"],
    uri_param_names: [],
    cookie_names: [],
    run_on_preflight: false,
  },
});

/**
 * Lua for Kong's post-function plugin (access phase, after jwt): rejects a verified token whose
 * `aud` is not ours. Runs in Kong's Lua sandbox (untrusted_lua = sandbox); it needs cjson.safe
 * among untrusted_lua_sandbox_requires (set on the Kong Deployment). Tested with LuaJIT.
 */
export function audienceCheckLua(audience: string): string {
  return [
    'local cjson = require("cjson.safe")',
    `local AUDIENCE = ${JSON.stringify(audience)}`,
    "return function()",
    "  local token = kong.ctx.shared.authenticated_jwt_token",
    "  if type(token) ~= 'string' then return kong.response.exit(401, { message = 'Unauthorized' }) end",
    "  local payload = token:match('^[^.]+%.([^.]+)%.')",
    "  if not payload then return kong.response.exit(401, { message = 'Invalid token' }) end",
    "  local b64 = payload:gsub('-', '+'):gsub('_', '/')",
    "  local json = ngx.decode_base64(b64 .. string.rep('=', (4 - #b64 % 4) % 4))",
    "  local claims = json and cjson.decode(json)",
    "  local aud = type(claims) == 'table' and claims.aud or nil",
    "  if aud == AUDIENCE then return end",
    "  if type(aud) == 'table' then",
    "    for _, a in ipairs(aud) do if a == AUDIENCE then return end end",
    "  end",
    "  return kong.response.exit(401, { message = 'Invalid audience' })",
    "end",
    "",
  ].join("\n");
}

export const audiencePlugin = (audience: string) => ({
  name: "post-function",
  config: { access: [audienceCheckLua(audience)] },
});

/** Rate-limit counters shared by all Kong replicas; Kong lets requests through if Redis is down. */
export const RATE_LIMIT_STORE = {
  policy: "redis",
  redis: KONG_REDIS,
  fault_tolerant: true,
};

export function kongConsumers(keys: JwtKey[]) {
  return [
    {
      username: KONG_CONSUMER,
      // the auth service's public keys, one per kid: filled in by `npm run kong:config` from its JWKS
      jwt_secrets: keys.map((k) => ({ key: k.kid, algorithm: "RS256", rsa_public_key: k.pem })),
    },
  ];
}
