#!/usr/bin/env bash
# sdk_out_of_tree_template: the integrator's path from zero to a working adapter, as CI must
# prove it (docs/writing-a-plugin.md):
#   a) `cmake --install --component sdk` of this build tree into an empty prefix: headers and
#      CMake files only, and find_package(casegw_sdk <version>) honours the ABI version;
#   b) examples/plugin-template copied out of the tree and built against that prefix alone,
#      with this build's compiler; its plugin exports casegw_plugin_entry_v1 and nothing else;
#   c) the template's own unit tests (GoogleTest, the SDK's fake host);
#   d) `casegw conformance` replays the template's golden cases against the built plugin;
#   e) a real `casegw run` loads the plugin through plugin_file, with a self-signed TLS
#      certificate, HMAC-authenticated intake and a local destination: a signed GBK push gets
#      202 and exactly one delivered file holding the golden case; an unsigned push is refused
#      (401) and a signed invalid one rejected by the adapter (400); the log names no reporter.
# Everything happens under one temporary directory, removed at exit; only 127.0.0.1 is used;
# every wait is bounded.
set -euo pipefail

usage() {
  echo "usage: $0 --casegw FILE --source-dir DIR --build-dir DIR --cxx-compiler FILE" \
       "[--cmake FILE] [--ctest FILE] [--generator NAME] [--gtest-dir DIR] [--boost-dir DIR]" >&2
  exit 2
}

casegw="" source_dir="" build_dir="" cxx="" cmake_bin=cmake ctest_bin=ctest generator="" gtest_dir="" boost_dir=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --casegw) casegw=$2 ;;
    --source-dir) source_dir=$2 ;;
    --build-dir) build_dir=$2 ;;
    --cxx-compiler) cxx=$2 ;;
    --cmake) cmake_bin=$2 ;;
    --ctest) ctest_bin=$2 ;;
    --generator) generator=$2 ;;
    --gtest-dir) gtest_dir=$2 ;;
    --boost-dir) boost_dir=$2 ;;
    *) usage ;;
  esac
  shift 2 || usage
done
[[ -x "$casegw" && -d "$source_dir" && -d "$build_dir" && -x "$cxx" ]] || usage
for tool in curl openssl python3 nm timeout; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (scripts/install-deps.sh installs it)" >&2; exit 1; }
done

template="$source_dir/examples/plugin-template"
work=$(mktemp -d "${TMPDIR:-/tmp}/casegw-sdk-template.XXXXXX")
gateway_pid=""

stop_gateway() {
  [[ -n "$gateway_pid" ]] || return 0
  local status=0
  kill -TERM "$gateway_pid" 2>/dev/null || true
  for _ in $(seq 1 200); do  # 20 s for a clean stop, then a hard one
    kill -0 "$gateway_pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL "$gateway_pid" 2>/dev/null || true
  wait "$gateway_pid" || status=$?
  gateway_pid=""
  return "$status"
}
cleanup() {
  stop_gateway || true
  rm -rf "$work"
}
trap cleanup EXIT

step() { printf '\n== %s  [%ss]\n' "$*" "$SECONDS"; }
fail() {
  echo "FAIL: $*" >&2
  for log in "$work/gateway/casegw.log" "$work/gateway/stdout.log"; do
    [[ -s "$log" ]] && { echo "--- $log (last 40 lines)" >&2; tail -n 40 "$log" >&2; }
  done
  exit 1
}

abi_major=$(sed -n 's/^#define CASEGW_ABI_MAJOR \([0-9]*\)$/\1/p' "$source_dir/sdk/include/casegw/plugin_abi.h")
abi_minor=$(sed -n 's/^#define CASEGW_ABI_MINOR \([0-9]*\)$/\1/p' "$source_dir/sdk/include/casegw/plugin_abi.h")
[[ -n "$abi_major" && -n "$abi_minor" ]] || fail "cannot read the ABI version from plugin_abi.h"

# ---- a) the SDK component, installed --------------------------------------------------------
step "a) cmake --install --component sdk into an empty prefix"
prefix="$work/prefix"
"$cmake_bin" --install "$build_dir" --component sdk --prefix "$prefix" >"$work/install.log"
[[ -f "$prefix/include/casegw/plugin_abi.h" && -f "$prefix/include/casegw/sdk/testing.hpp" ]] ||
  fail "the SDK headers were not installed"
config_dir=$(dirname "$(find "$prefix" -name casegw_sdkConfig.cmake -print -quit)")
for f in casegw_sdkConfig.cmake casegw_sdkConfigVersion.cmake casegw_sdk_targets.cmake casegw_add_plugin.cmake \
         casegw_plugin.map casegw_check_exports.cmake; do
  [[ -f "$config_dir/$f" ]] || fail "$f was not installed next to casegw_sdkConfig.cmake"
done
others=$(find "$prefix" -type f ! -path "$prefix/include/casegw/*" ! -path "$config_dir/*")
[[ -z "$others" ]] || fail "the sdk component installed more than headers and CMake files: $others"
echo "installed $(find "$prefix" -type f | wc -l) files, package in ${config_dir#"$prefix"/}"

# find_package(casegw_sdk <v>): the version is the ABI, compatible within its major only.
probe="$work/version-probe"
mkdir -p "$probe"
cat >"$probe/CMakeLists.txt" <<'EOF'
cmake_minimum_required(VERSION 3.25)
project(version_probe LANGUAGES NONE)
find_package(casegw_sdk ${WANT} REQUIRED)
if(NOT TARGET casegw::sdk OR NOT COMMAND casegw_add_plugin OR NOT COMMAND casegw_add_plugin_exports_test)
  message(FATAL_ERROR "casegw_sdk found without casegw::sdk, casegw_add_plugin or casegw_add_plugin_exports_test")
endif()
message(STATUS "casegw_sdk ${casegw_sdk_VERSION} ABI ${casegw_sdk_ABI_MAJOR}.${casegw_sdk_ABI_MINOR}")
EOF
probe_version() {  # $1 = requested version; succeeds when find_package accepted it
  rm -rf "$probe/build"
  "$cmake_bin" -S "$probe" -B "$probe/build" -DWANT="$1" -DCMAKE_PREFIX_PATH="$prefix" >"$probe/out.log" 2>&1
}
for accepted in "$abi_major.$abi_minor" "$abi_major.0" "$abi_major"; do
  probe_version "$accepted" || { cat "$probe/out.log" >&2; fail "find_package(casegw_sdk $accepted) refused ABI $abi_major.$abi_minor"; }
done
grep -q "casegw_sdk $abi_major.$abi_minor ABI $abi_major.$abi_minor" "$probe/out.log" ||
  fail "casegw_sdk_VERSION or casegw_sdk_ABI_* do not say $abi_major.$abi_minor"
for refused in "$abi_major.$((abi_minor + 1))" "$((abi_major + 1)).0"; do
  if probe_version "$refused"; then fail "find_package(casegw_sdk $refused) accepted ABI $abi_major.$abi_minor"; fi
done
echo "find_package accepts $abi_major.$abi_minor, $abi_major.0; refuses $abi_major.$((abi_minor + 1)), $((abi_major + 1)).0"

# ---- b) the template, out of the tree ---------------------------------------------------------
step "b) configure and build examples/plugin-template out of the tree against the prefix"
# A copy, as an integrator starts: a relative path back into this repository would break here.
project="$work/district_portal"
mkdir -p "$project"
tar -C "$template" --exclude='./build*' -cf - . | tar -C "$project" -xf -
configure=("$cmake_bin" -S "$project" -B "$work/build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER="$cxx"
           -DCMAKE_PREFIX_PATH="$prefix" -DDISTRICT_PORTAL_TESTS=ON)
[[ -n "$generator" ]] && configure+=(-G "$generator")
[[ -n "$gtest_dir" ]] && configure+=(-DGTest_DIR="$gtest_dir")
[[ -n "$boost_dir" ]] && configure+=(-DBoost_DIR="$boost_dir")
"${configure[@]}" >"$work/configure.log" 2>&1 || { cat "$work/configure.log" >&2; fail "the template did not configure"; }
found_sdk=$(sed -n 's/^casegw_sdk_DIR:PATH=//p' "$work/build/CMakeCache.txt")
[[ "$found_sdk" == "$config_dir" ]] || fail "the template found casegw_sdk in '$found_sdk', not in the installed prefix"
timeout 480 "$cmake_bin" --build "$work/build" -j 2 >"$work/build.log" 2>&1 ||
  { tail -n 60 "$work/build.log" >&2; fail "the template did not build"; }
plugin="$work/build/libcasegw_district_portal.so"
[[ -f "$plugin" ]] || fail "the build made no libcasegw_district_portal.so"
exports=$(nm -D --defined-only "$plugin" | awk '{print $NF}')
[[ "$exports" == "casegw_plugin_entry_v1" ]] || fail "the plugin exports [$exports], not exactly casegw_plugin_entry_v1"
echo "built $(basename "$plugin"), exports: $exports"

# ---- c) its unit tests -------------------------------------------------------------------------
step "c) the template's unit tests"
# Built with -DDISTRICT_PORTAL_TESTS=ON: this build has GoogleTest (its own tests need it), so
# the template must find it too.
[[ -x "$work/build/district_portal_tests" ]] || fail "the unit tests were not built"
timeout 300 "$ctest_bin" --test-dir "$work/build" --output-on-failure --no-tests=error -j 2 >"$work/ctest.log" 2>&1 ||
  { tail -n 60 "$work/ctest.log" >&2; fail "the template's unit tests failed"; }
grep -E "tests passed|tests failed" "$work/ctest.log"

# ---- d) the conformance kit --------------------------------------------------------------------
step "d) casegw conformance on the golden cases"
timeout 120 "$casegw" conformance --plugin "$plugin" --golden "$template/golden" \
  --divisions "$source_dir/config/divisions" >"$work/conformance.log" 2>&1 ||
  { cat "$work/conformance.log" >&2; fail "casegw conformance refused the template's golden cases"; }
golden_count=$(find "$template/golden" -name '*.http' | wc -l)
[[ "$golden_count" -ge 4 ]] || fail "only $golden_count golden cases"
# Every case replayed, none skipped: the kit's summary counts them all.
grep -qx "$golden_count golden case(s): $golden_count passed, 0 failed" "$work/conformance.log" ||
  { cat "$work/conformance.log" >&2; fail "casegw conformance did not pass all $golden_count golden cases"; }
grep -c '^PASS ' "$work/conformance.log" | sed 's/$/ golden cases passed/'

# ---- e) a real gateway -------------------------------------------------------------------------
step "e) casegw run with the template plugin; push a signed case"
gw="$work/gateway"
mkdir -p "$gw/secrets" "$gw/policy" "$gw/delivered"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj "/CN=127.0.0.1" \
  -addext "subjectAltName=IP:127.0.0.1" -keyout "$gw/tls-key.pem" -out "$gw/tls-cert.pem" 2>"$gw/openssl.log" ||
  { cat "$gw/openssl.log" >&2; fail "openssl could not make the test certificate"; }
chmod 600 "$gw/tls-key.pem"
openssl rand -hex 32 | tr -d '\n' >"$gw/secrets/district_portal-hmac"
printf 'dGhlLXByb2dyZXNzLXRva2Vu\n' >"$gw/secrets/district_portal-progress-token"
chmod 600 "$gw"/secrets/*

# Every channel needs a deadline profile and evaluation rules: the repository's files, with
# the new channel added under `channels:` (their last section) as an integrator adds it.
for policy in deadlines:platform evaluation:platform_survey; do
  file=${policy%%:*} profile=${policy#*:}
  last_section=$(grep -E '^[a-z_]+:' "$source_dir/config/policy/$file.yaml" | tail -n 1)
  [[ "$last_section" == "channels:" ]] || fail "config/policy/$file.yaml no longer ends with its channels: section"
  { cat "$source_dir/config/policy/$file.yaml"; printf '  district_portal: {profile: %s}\n' "$profile"; } >"$gw/policy/$file.yaml"
done

# Two free ports on 127.0.0.1, chosen here so the readiness probe knows where to ask.
read -r intake_port admin_port < <(python3 -c '
import socket
socks = [socket.socket() for _ in range(2)]
for s in socks: s.bind(("127.0.0.1", 0))
print(*[s.getsockname()[1] for s in socks])
for s in socks: s.close()')

# One unit, the city command centre, on the local destination: every case goes there.
cat >"$gw/units.yaml" <<EOF
units:
  - {id: city_centre, name: 市级指挥中心, level: city, division_code: "500000", destination: delivered}
EOF
cat >"$gw/routes.yaml" <<EOF
routes:
  - {id: default, direction: bottom_up, fallback_unit: city_centre}
EOF
cat >"$gw/gateway.yaml" <<EOF
data_dir: $gw/data
intake:
  address: 127.0.0.1
  port: $intake_port
  threads: 2
  tls: {certificate: $gw/tls-cert.pem, private_key: $gw/tls-key.pem}
  limits: {body_bytes: 256KiB}
  timeouts: {tls_handshake: 5s, header: 5s, body: 5s, idle: 5s, write: 5s}
admin:
  address: 127.0.0.1
  port: $admin_port
logging: {level: info, format: text, file: $gw/casegw.log}
store: {path: $gw/data/casegw.db}
policy:
  calendar: $source_dir/config/calendar/holidays-cn
  deadline_profiles: $gw/policy/deadlines.yaml
  evaluation_rules: $gw/policy/evaluation.yaml
  next_year_calendar_due: never  # /readyz must not depend on the day this test runs
  divisions: $source_dir/config/divisions
  scope_rules: $source_dir/config/policy/scope.yaml
routing: {units: $gw/units.yaml, routes: $gw/routes.yaml}
destinations:
  - id: delivered
    type: local
    directory: $gw/delivered
channels:
  - id: district_portal
    adapter: district_portal
    plugin_file: $plugin
    destinations: [delivered]
    auth:
      scheme: hmac-sha256
      secrets: [{from_file: $gw/secrets/district_portal-hmac}]
      window: 300s
    settings:
      accept_anonymous: true
      progress_path: /open/v1/progress
      progress_token: {from_file: $gw/secrets/district_portal-progress-token}
EOF

timeout 60 "$casegw" check-config --config "$gw/gateway.yaml" >"$gw/check-config.log" 2>&1 ||
  { cat "$gw/check-config.log" >&2; fail "casegw check-config refused the generated configuration"; }
cat "$gw/check-config.log"

# timeout bounds the gateway's life even if this script is killed before its trap runs.
timeout --signal=TERM --kill-after=10 300 "$casegw" run --config "$gw/gateway.yaml" >"$gw/stdout.log" 2>&1 &
gateway_pid=$!
ready=""
for _ in $(seq 1 300); do  # 30 s
  kill -0 "$gateway_pid" 2>/dev/null || { wait "$gateway_pid" || true; gateway_pid=""; fail "casegw exited during startup"; }
  if [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$admin_port/readyz" || true) == 200 ]]; then
    ready=yes
    break
  fi
  sleep 0.1
done
[[ -n "$ready" ]] || fail "casegw was not ready within 30 s"
echo "ready: intake https://127.0.0.1:$intake_port admin http://127.0.0.1:$admin_port"
curl -sf --max-time 10 "http://127.0.0.1:$admin_port/admin/v1/plugins" | grep -q '"district_portal"' ||
  fail "the admin API does not list the district_portal plugin"

# A golden request, split into its Content-Type and its body bytes (written unchanged).
split_golden() {  # $1 = golden case name; writes $gw/<name>.body and prints the Content-Type
  python3 - "$template/golden/$1.http" "$gw/$1.body" <<'EOF'
import sys
data = open(sys.argv[1], "rb").read()
head, _, body = data.partition(b"\n\n")
open(sys.argv[2], "wb").write(body)
for line in head.decode("utf-8").split("\n"):
    name, _, value = line.partition(":")
    if name.lower() == "content-type":
        print(value.strip())
EOF
}
# POST a body file; $1 = Content-Type, $2 = body file, $3 = "signed" or "unsigned".
# Prints the HTTP status; the answer is left in $gw/answer.json.
push() {
  local headers=(-H "Content-Type: $1")
  if [[ "$3" == signed ]]; then
    # docs/authentication.md: HMAC-SHA256 over "<timestamp>.<nonce>.<raw body bytes>".
    local ts nonce sig
    ts=$(date +%s)
    nonce=$(openssl rand -hex 16)
    sig=$({ printf '%s.%s.' "$ts" "$nonce"; cat "$2"; } |
          openssl dgst -sha256 -hmac "$(cat "$gw/secrets/district_portal-hmac")" -binary |
          base64)
    headers+=(-H "X-Casegw-Timestamp: $ts" -H "X-Casegw-Nonce: $nonce" -H "X-Casegw-Signature: v1,$sig")
  fi
  curl -sS --max-time 15 --cacert "$gw/tls-cert.pem" -o "$gw/answer.json" -w '%{http_code}' "${headers[@]}" \
    --data-binary "@$2" "https://127.0.0.1:$intake_port/v1/channels/district_portal/cases"
}

content_type=$(split_golden consultation-gbk)
status=$(push "$content_type" "$gw/consultation-gbk.body" unsigned)
[[ "$status" == 401 ]] || fail "an unsigned push got HTTP $status, expected 401: $(cat "$gw/answer.json")"
echo "unsigned push: 401 $(cat "$gw/answer.json")"

status=$(push "$content_type" "$gw/consultation-gbk.body" signed)
[[ "$status" == 202 ]] || fail "the signed GBK push got HTTP $status, expected 202: $(cat "$gw/answer.json")"
case_id=$(python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); assert a["status"]=="accepted"; print(a["case_id"])' \
          "$gw/answer.json") || fail "unexpected 202 answer: $(cat "$gw/answer.json")"
echo "signed push ($content_type): 202 case_id $case_id"

content_type=$(split_golden missing-title)
status=$(push "$content_type" "$gw/missing-title.body" signed)
grep -q '"MISSING_FIELD"' "$gw/answer.json" && [[ "$status" == 400 ]] ||
  fail "a signed ticket without a title got HTTP $status, expected 400 MISSING_FIELD: $(cat "$gw/answer.json")"
echo "signed invalid push: 400 $(cat "$gw/answer.json")"

# The local destination writes <case_id>.json once the case is delivered.
for _ in $(seq 1 300); do  # 30 s
  [[ -n "$(ls -A "$gw/delivered")" ]] && break
  sleep 0.1
done
sleep 1  # anything else (a duplicate, the rejected push) would have arrived by now
delivered=$(ls -A "$gw/delivered")
[[ "$delivered" == "$case_id.json" ]] || fail "expected exactly $case_id.json in the destination, found: [${delivered//$'\n'/ }]"
python3 - "$gw/delivered/$case_id.json" "$template/golden/consultation-gbk.expected.json" "$case_id" <<'EOF' ||
import json, sys
case = json.load(open(sys.argv[1], encoding="utf-8"))
adapter_part = json.load(open(sys.argv[2], encoding="utf-8"))["case"]
assert case["schema"] == "casegw.case/v1", case.get("schema")
assert case["case_id"] == sys.argv[3], case["case_id"]
assert case["channel"]["id"] == "district_portal", case["channel"]
assert case["raw"]["charset"] == "gbk", case["raw"]
for key, value in adapter_part.items():
    if key == "channel":
        assert case["channel"]["case_ref"] == value["case_ref"], case["channel"]
    else:
        assert case[key] == value, f"{key}: {case.get(key)!r} != {value!r}"
print("delivered:", sys.argv[1].rsplit("/", 1)[-1], "=", case["channel"]["case_ref"], case["kind"], case["title"])
EOF
  fail "the delivered case is not the golden case's"
if python3 -c 'import jsonschema' 2>/dev/null; then
  python3 - "$source_dir/docs/schemas/casegw.case.v1.schema.json" "$gw/delivered/$case_id.json" <<'EOF' ||
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2], encoding="utf-8"))))
for e in errors:
    print("/".join(map(str, e.absolute_path)) or "(document)", ":", e.message, file=sys.stderr)
sys.exit(1 if errors else 0)
EOF
    fail "the delivered case does not validate against casegw.case.v1.schema.json"
  echo "delivered case validates against docs/schemas/casegw.case.v1.schema.json"
fi

step "stop the gateway"
stop_gateway || fail "casegw did not stop cleanly on SIGTERM"
for secret in 王芳 15923456789 "$(cat "$gw/secrets/district_portal-hmac")" dGhlLXByb2dyZXNzLXRva2Vu; do
  if grep -qF -- "$secret" "$gw/casegw.log" "$gw/stdout.log"; then fail "the gateway's log carries reporter data or a secret"; fi
done
grep -q "district_portal ready" "$gw/casegw.log" "$gw/stdout.log" || fail "the plugin's ready line is not in the gateway's log"
echo "stopped; the log names no reporter and no secret"

step "sdk_out_of_tree_template passed"
