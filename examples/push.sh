#!/usr/bin/env bash
# Pushes one payload to a running gateway's intake, as an upstream platform would, and prints
# the HTTP status and the response body.
#
#   examples/push.sh examples/payloads/city_portal/complaint-wechat.json
#   examples/push.sh -c hotline_12345 -K var/secrets/hotline_12345-api-key payload.xml
#
# Signing (docs/authentication.md): with -s the request carries X-Casegw-Timestamp, -Nonce and
# -Signature over "timestamp.nonce.body" of the exact bytes sent: HMAC with -s, SM2 with -S.
# Without options, the development credentials scripts/dev-setup.sh made for the channel are
# used: var/secrets/<channel>-hmac (HMAC-SHA256), -hmac-sm3 (HMAC-SM3), -sm2.pem (SM2),
# -api-key (X-Casegw-Api-Key) or -client.pem/-client-key.pem (mutual TLS).
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
  -S SM2_KEY       sign with SM2/SM3 (distinguishing ID 1234567812345678) using this PEM private key
  -E CERT -Y KEY   present this client certificate and key (mutual TLS)
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
sm2_key=
client_cert=
client_key=

while getopts "c:u:k:t:H:s:a:K:S:E:Y:h" option; do
  case $option in
    c) channel=$OPTARG ;;
    u) base_url=${OPTARG%/} ;;
    k) ca_file=$OPTARG ;;
    t) content_type=$OPTARG ;;
    H) extra_headers+=(-H "$OPTARG") ;;
    s) secret_file=$OPTARG ;;
    a) algorithm=$OPTARG ;;
    K) api_key_file=$OPTARG ;;
    S) sm2_key=$OPTARG ;;
    E) client_cert=$OPTARG ;;
    Y) client_key=$OPTARG ;;
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
    *.xml) content_type="application/xml; charset=${CASEGW_CHARSET:-utf-8}" ;;
    *.form) content_type="application/x-www-form-urlencoded; charset=${CASEGW_CHARSET:-utf-8}" ;;
    *) content_type="application/json; charset=utf-8" ;;
  esac
fi

url="$base_url/v1/channels/$channel/cases"
body_file=$(mktemp)
payload_copy=$(mktemp)
trap 'rm -f "$body_file" "$payload_copy"' EXIT
cat -- "$payload" > "$payload_copy"  # stdin is read once: sign and send the same bytes

# The development credentials of the channel, unless some were given.
dev=var/secrets/$channel
if [[ -z $secret_file$sm2_key$api_key_file$client_cert ]]; then
  if [[ -r $dev-hmac ]]; then secret_file=$dev-hmac
  elif [[ -r $dev-hmac-sm3 ]]; then secret_file=$dev-hmac-sm3 algorithm=sm3
  elif [[ -r $dev-sm2.pem ]]; then sm2_key=$dev-sm2.pem
  elif [[ -r $dev-api-key ]]; then api_key_file=$dev-api-key
  elif [[ -r $dev-client.pem ]]; then client_cert=$dev-client.pem client_key=$dev-client-key.pem
  fi
fi
if [[ -n $secret_file || -n $sm2_key ]]; then
  timestamp=$(date +%s)
  nonce=$(openssl rand -hex 16)
  signed=$(mktemp)
  trap 'rm -f "$body_file" "$payload_copy" "$signed"' EXIT
  { printf '%s.%s.' "$timestamp" "$nonce"; cat "$payload_copy"; } > "$signed"
  if [[ -n $sm2_key ]]; then
    signature=$(openssl pkeyutl -sign -rawin -digest sm3 -inkey "$sm2_key" -pkeyopt distid:1234567812345678 \
      -in "$signed" | base64 -w0)
  else
    signature=$(openssl dgst "-$algorithm" -hmac "$(cat -- "$secret_file")" -binary < "$signed" | base64 -w0)
  fi
  extra_headers+=(-H "X-Casegw-Timestamp: $timestamp" -H "X-Casegw-Nonce: $nonce" -H "X-Casegw-Signature: v1,$signature")
fi
[[ -n $client_cert ]] && extra_headers+=(--cert "$client_cert" --key "$client_key")
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
