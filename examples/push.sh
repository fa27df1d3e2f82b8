#!/usr/bin/env bash
# Pushes one payload to a running gateway's intake, as an upstream platform would, and prints
# the HTTP status and the response body.
#
#   examples/push.sh examples/payloads/city_portal/complaint-wechat.json
#   examples/push.sh -c hotline_12345 -K var/secrets/hotline_12345-api-key payload.xml
#
# Signing (docs/authentication.md): with -s the request carries X-Casegw-Timestamp, -Nonce and
# -Signature, an HMAC over "timestamp.nonce.body" of the exact bytes sent. Without -s, the
# development secret var/secrets/<channel>-hmac is used when it exists.
#
# The default CA file is the development certificate scripts/dev-setup.sh creates.
# Exits 0 when the gateway answers 2xx (202 accepted, 200 duplicate), 1 otherwise.
set -euo pipefail

usage() {
  cat >&2 <<'USAGE'
usage: examples/push.sh [-c CHANNEL] [-u BASE_URL] [-k CA_FILE] [-t CONTENT_TYPE] [-H 'Name: value']... PAYLOAD
  -c CHANNEL       channel id (default: city_portal)
  -u BASE_URL      gateway intake URL (default: https://127.0.0.1:8443)
  -k CA_FILE       CA certificate to trust (default: var/tls/dev-cert.pem, or $CASEGW_CACERT)
  -t CONTENT_TYPE  Content-Type (default: application/json; charset=utf-8, or text/xml for *.xml)
  -H HEADER        extra request header, repeatable
  -s SECRET_FILE   sign with HMAC using this secret (default: var/secrets/<channel>-hmac if present)
  -a ALGORITHM     sha256 (default) or sm3, for -s
  -K KEY_FILE      send the API key in this file as X-Casegw-Api-Key
  PAYLOAD          file with the request body, or - for standard input
USAGE
  exit 2
}

channel=city_portal
base_url=${CASEGW_URL:-https://127.0.0.1:8443}
ca_file=${CASEGW_CACERT:-var/tls/dev-cert.pem}
content_type=
extra_headers=()
secret_file=
algorithm=sha256
api_key_file=

while getopts "c:u:k:t:H:s:a:K:h" option; do
  case $option in
    c) channel=$OPTARG ;;
    u) base_url=${OPTARG%/} ;;
    k) ca_file=$OPTARG ;;
    t) content_type=$OPTARG ;;
    H) extra_headers+=(-H "$OPTARG") ;;
    s) secret_file=$OPTARG ;;
    a) algorithm=$OPTARG ;;
    K) api_key_file=$OPTARG ;;
    *) usage ;;
  esac
done
shift $((OPTIND - 1))
[[ $# -eq 1 ]] || usage
payload=$1

if [[ $payload != - && ! -r $payload ]]; then
  echo "push.sh: cannot read payload '$payload'" >&2
  exit 1
fi
if [[ ! -r $ca_file ]]; then
  echo "push.sh: CA file '$ca_file' not found (run scripts/dev-setup.sh, or pass -k)" >&2
  exit 1
fi
if [[ -z $content_type ]]; then
  case $payload in
    *.xml) content_type="text/xml; charset=utf-8" ;;
    *) content_type="application/json; charset=utf-8" ;;
  esac
fi

url="$base_url/v1/channels/$channel/cases"
body_file=$(mktemp)
payload_copy=$(mktemp)
trap 'rm -f "$body_file" "$payload_copy"' EXIT
cat -- "$payload" > "$payload_copy"  # stdin is read once: sign and send the same bytes

[[ -z $secret_file && -r var/secrets/$channel-hmac ]] && secret_file=var/secrets/$channel-hmac
if [[ -n $secret_file ]]; then
  timestamp=$(date +%s)
  nonce=$(openssl rand -hex 16)
  key=$(cat -- "$secret_file")
  signature=$({ printf '%s.%s.' "$timestamp" "$nonce"; cat "$payload_copy"; } |
    openssl dgst "-$algorithm" -hmac "$key" -binary | base64)
  extra_headers+=(-H "X-Casegw-Timestamp: $timestamp" -H "X-Casegw-Nonce: $nonce" -H "X-Casegw-Signature: v1,$signature")
fi
if [[ -n $api_key_file ]]; then
  extra_headers+=(-H "X-Casegw-Api-Key: $(cat -- "$api_key_file")")
fi

# --data-binary keeps the bytes exactly as in the file (no newline stripping, no charset change).
status=$(curl --silent --show-error --cacert "$ca_file" \
  -X POST -H "Content-Type: $content_type" ${extra_headers[@]+"${extra_headers[@]}"} \
  --data-binary "@$payload_copy" -o "$body_file" -w '%{http_code}' "$url")

echo "POST $url -> HTTP $status"
cat "$body_file"
echo
[[ $status == 2?? ]]
