#!/usr/bin/env bash
# Pushes one payload to a running gateway's intake, as an upstream platform would, and prints
# the HTTP status and the response body.
#
#   examples/push.sh examples/payloads/city_portal/complaint-wechat.json
#   examples/push.sh -c state_council -u https://gw.example:8443 payload.xml
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
  -H HEADER        extra request header, repeatable (e.g. a signature or an API key)
  PAYLOAD          file with the request body, or - for standard input
USAGE
  exit 2
}

channel=city_portal
base_url=${CASEGW_URL:-https://127.0.0.1:8443}
ca_file=${CASEGW_CACERT:-var/tls/dev-cert.pem}
content_type=
extra_headers=()

while getopts "c:u:k:t:H:h" option; do
  case $option in
    c) channel=$OPTARG ;;
    u) base_url=${OPTARG%/} ;;
    k) ca_file=$OPTARG ;;
    t) content_type=$OPTARG ;;
    H) extra_headers+=(-H "$OPTARG") ;;
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
trap 'rm -f "$body_file"' EXIT

# --data-binary keeps the bytes exactly as in the file (no newline stripping, no charset change).
status=$(curl --silent --show-error --cacert "$ca_file" \
  -X POST -H "Content-Type: $content_type" ${extra_headers[@]+"${extra_headers[@]}"} \
  --data-binary "@$payload" -o "$body_file" -w '%{http_code}' "$url")

echo "POST $url -> HTTP $status"
cat "$body_file"
echo
[[ $status == 2?? ]]
