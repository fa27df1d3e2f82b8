#!/usr/bin/env bash
# Installs, with apt-get, the Debian 12 packages casegw needs to build, run and test, and
# only those that are missing (a second run costs nothing). Uses sudo when not root.
set -euo pipefail

packages=(
  g++ cmake ninja-build pkg-config make ccache
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libssl-dev openssl libsqlite3-dev libspdlog-dev libyaml-cpp-dev
  libgtest-dev libgmock-dev libexpat1-dev
  curl python3 python3-jsonschema binutils
)
# Never libboost-dev / libboost-all-dev: those are Boost 1.74 and conflict with 1.81.

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "install-deps: installing ${missing[*]}"
sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: not root and no sudo; install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
