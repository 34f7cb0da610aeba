#!/usr/bin/env bash
# The Secrets EmberLearn reads on Kubernetes. They are never in `kubectl apply -k deploy`, so an
# apply can neither overwrite nor empty them; this script only creates what is missing.
#
#   deploy/secrets.sh create       one Secret per service (<service>-secrets), the two Dapr tokens and
#                                  service-identity (signs the service identities internal routes demand)
#   deploy/secrets.sh kong-keys <jwks.json | https://…/api/auth/jwks>
#                                  (re)creates kong-jwt-keys from the auth service's JWKS and restarts Kong
#
# Env for `create`: DATABASE_URL_<SERVICE> (e.g. DATABASE_URL_CODE_REVIEW) or DATABASE_URL for all;
# OPENAI_API_KEY (optional: triage and exercise). AUTH_SECRET and the Dapr tokens are generated.
# KUBECTL (default kubectl), NAMESPACE (default emberlearn).
set -euo pipefail
kubectl=${KUBECTL:-kubectl}
ns=${NAMESPACE:-emberlearn}
log() { echo "secrets: $*" >&2; }
exists() { $kubectl -n "$ns" get secret "$1" >/dev/null 2>&1; }
random() { openssl rand -hex 32; }

create_service() {
  local svc=$1 var url args=()
  shift
  if exists "$svc-secrets"; then log "$svc-secrets exists: left as it is"; return; fi
  var="DATABASE_URL_$(echo "$svc" | tr 'a-z-' 'A-Z_')"
  url=${!var:-${DATABASE_URL:-}}
  [[ -n $url ]] || { log "set $var (or DATABASE_URL) to the $svc service's postgres:// URL"; exit 1; }
  args+=(--from-literal="DATABASE_URL=$url")
  for key in "$@"; do
    case $key in
      AUTH_SECRET) args+=(--from-literal="AUTH_SECRET=$(random)") ;;
      # an absent key means "no model"; an empty one would be a broken key
      OPENAI_API_KEY) [[ -n ${OPENAI_API_KEY:-} ]] && args+=(--from-literal="OPENAI_API_KEY=$OPENAI_API_KEY") ;;
    esac
  done
  $kubectl -n "$ns" create secret generic "$svc-secrets" "${args[@]}" >/dev/null
  log "created $svc-secrets"
}

create_token() {
  if exists "$1"; then log "$1 exists: left as it is"; return; fi
  $kubectl -n "$ns" create secret generic "$1" --from-literal="token=$(random)" >/dev/null
  log "created $1"
}

case ${1:-} in
  create)
    create_service auth AUTH_SECRET
    create_service triage OPENAI_API_KEY
    create_service exercise OPENAI_API_KEY
    for svc in concepts code-review debug progress sandbox; do create_service "$svc"; done
    create_token dapr-api-token
    create_token dapr-app-token
    create_token service-identity
    ;;
  kong-keys)
    source=${2:?usage: secrets.sh kong-keys <jwks.json | https://…/api/auth/jwks>}
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    if [[ $source =~ ^https?:// ]]; then curl -fsS "$source" -o "$tmp/jwks.json"; else cp "$source" "$tmp/jwks.json"; fi
    # the same check the Kong init container makes: refuse a JWKS Kong could not use
    node --import tsx "$(dirname "$0")/kong/render.ts" --jwks "$tmp/jwks.json" --out "$tmp/kong.yml"
    $kubectl -n "$ns" create secret generic kong-jwt-keys --from-file=jwks.json="$tmp/jwks.json" \
      --dry-run=client -o yaml | $kubectl apply -f - >/dev/null
    log "kong-jwt-keys updated"
    if $kubectl -n "$ns" get deployment kong >/dev/null 2>&1; then
      $kubectl -n "$ns" rollout restart deployment/kong >/dev/null
      log "kong restarting with the new keys"
    fi
    ;;
  *)
    sed -n '2,12p' "$0" >&2
    exit 2
    ;;
esac
