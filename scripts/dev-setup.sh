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
secret() {  # secret FILE BYTES: a random hex secret, made once
  if [[ ! -s var/secrets/$1 ]]; then
    echo "dev-setup: creating var/secrets/$1"
    (umask 077 && openssl rand -hex "$2" > "var/secrets/$1")
  fi
}
secret foreign_investment-hmac 32
secret gov_service_platform-hmac-sm3 32
secret hotline_12345-api-key 24
# national_regulation signs with SM2 (the platform keeps the private key; here both are ours).
if [[ ! -s var/secrets/national_regulation-sm2.pem ]]; then
  echo "dev-setup: creating an SM2 key pair for national_regulation in var/secrets/"
  (umask 077 && openssl genpkey -algorithm SM2 -out var/secrets/national_regulation-sm2.pem 2>/dev/null)
  openssl pkey -in var/secrets/national_regulation-sm2.pem -pubout -out var/secrets/national_regulation-sm2-public.pem
fi
# yukuaiban authenticates with a client certificate (mutual TLS) issued by a development CA.
if [[ ! -s var/tls/dev-client-ca.pem || ! -s var/secrets/yukuaiban-client.pem ]]; then
  echo "dev-setup: creating a development client CA and yukuaiban's client certificate"
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 825 \
    -subj "/CN=casegw development client CA" -keyout var/secrets/dev-client-ca-key.pem \
    -out var/tls/dev-client-ca.pem 2>/dev/null
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/O=Yukuaiban/CN=yukuaiban-dev" \
    -keyout var/secrets/yukuaiban-client-key.pem -out var/secrets/yukuaiban-client.csr 2>/dev/null
  openssl x509 -req -in var/secrets/yukuaiban-client.csr -CA var/tls/dev-client-ca.pem \
    -CAkey var/secrets/dev-client-ca-key.pem -CAcreateserial -days 825 \
    -extfile <(printf 'extendedKeyUsage=clientAuth') -out var/secrets/yukuaiban-client.pem 2>/dev/null
  rm -f var/secrets/yukuaiban-client.csr var/tls/dev-client-ca.srl
  chmod 600 var/secrets/*.pem
fi
