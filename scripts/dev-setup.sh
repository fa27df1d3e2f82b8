#!/usr/bin/env bash
# Prepares var/ for running the gateway on its embedded defaults (config/gateway.yaml):
# a self-signed development TLS certificate for 127.0.0.1/localhost, an admin token, and the
# channels' development secrets in var/secrets/ (examples/push.sh signs with them).
# Never overwrites what exists. Not for production: bring your own certificate there.
set -euo pipefail
cd "$(dirname "$0")/.."

mkdir -p var/tls
if [[ ! -s var/tls/dev-cert.pem || ! -s var/tls/dev-key.pem ]]; then
  echo "dev-setup: creating a development TLS certificate in var/tls/"
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 825 \
    -subj "/CN=casegw development" -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
    -keyout var/tls/dev-key.pem -out var/tls/dev-cert.pem 2>/dev/null
  chmod 600 var/tls/dev-key.pem
fi
if [[ ! -s var/admin.token ]]; then
  echo "dev-setup: creating an admin bearer token in var/admin.token"
  (umask 077 && openssl rand -hex 24 > var/admin.token)
fi
mkdir -p var/secrets
chmod 700 var/secrets
if [[ ! -s var/secrets/city_portal-hmac ]]; then
  echo "dev-setup: creating the city_portal HMAC-SHA256 secret in var/secrets/city_portal-hmac"
  (umask 077 && openssl rand -hex 32 > var/secrets/city_portal-hmac)
fi
