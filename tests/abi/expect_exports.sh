#!/bin/sh
# usage: expect_exports.sh <shared-library> [symbol ...]
# Passes when the library's defined dynamic symbols are exactly the given ones (none when no
# symbol is given). A plugin must export its entry and nothing else: every other symbol could
# bind to another plugin's or the gateway's copy of the same name (see docs/plugin-abi.md).
set -eu
if [ $# -lt 1 ]; then
  echo "usage: $0 <shared-library> [symbol ...]" >&2
  exit 2
fi
library=$1
shift
actual=$(nm -D --defined-only "$library" | awk '{print $NF}' | sort)
expected=$(for s in "$@"; do echo "$s"; done | sort)
if [ "$actual" != "$expected" ]; then
  echo "FAIL: $library exports:" >&2
  echo "${actual:-<nothing>}" >&2
  echo "expected exactly:" >&2
  echo "${expected:-<nothing>}" >&2
  exit 1
fi
echo "ok: $library exports exactly: ${expected:-<nothing>}"
