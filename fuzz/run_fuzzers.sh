#!/usr/bin/env bash
# The opt-in bounded fuzz run behind `make fuzz` (docs/fuzzing.md). Configures BUILD_DIR with
# clang, -fsanitize=fuzzer,address,undefined (only the stages the targets need), builds every
# target, runs each for FUZZ_SECONDS on a scratch copy of its corpus (the seeds in fuzz/corpus
# stay small; copy a finding there by hand), and prints one summary line per target:
#   <target>  runs=<executions>  cov=<edges>  ft=<features>  corpus=<inputs>  crashes=<n>
# A crash, leak or broken invariant leaves its input in BUILD_DIR/findings/<target>/ and makes
# the script exit 1 after every target has run.
#   FUZZ_SECONDS (180)  FUZZ_TARGETS (all, space-separated)  BUILD_DIR (build-fuzz)  JOBS (nproc)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build-fuzz}"
FUZZ_SECONDS="${FUZZ_SECONDS:-180}"
JOBS="${JOBS:-$(nproc 2>/dev/null || echo 2)}"
CC_BIN="${FUZZ_CC:-clang}"
CXX_BIN="${FUZZ_CXX:-clang++}"

for tool in "$CC_BIN" "$CXX_BIN"; do
  command -v "$tool" >/dev/null || { echo "make fuzz: $tool not found (apt-get install clang libclang-rt-dev)" >&2; exit 2; }
done

sanitizers="-fsanitize=address,undefined -fsanitize=fuzzer-no-link -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g"
cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER="$CC_BIN" -DCMAKE_CXX_COMPILER="$CXX_BIN" \
  -DCMAKE_C_FLAGS="$sanitizers" -DCMAKE_CXX_FLAGS="$sanitizers" \
  -DCASEGW_BUILD_BENCHMARKS=OFF "-DCASEGW_STAGES=crypto;time;unified_case;charset;auth" "-DCASEGW_PLUGINS=" \
  -DCASEGW_TEST_DIRS=fuzz -DCASEGW_FUZZ_ENGINE=libfuzzer >/dev/null
manifest="$BUILD_DIR/tests/fuzz/targets/targets.txt"
selected() { [ -z "${FUZZ_TARGETS:-}" ] || [[ " $FUZZ_TARGETS " == *" $1 "* ]]; }
build_targets=()
while read -r name _; do selected "$name" && build_targets+=("fuzz_$name"); done <"$manifest"
[ "${#build_targets[@]}" -gt 0 ] || { echo "make fuzz: no target matches FUZZ_TARGETS='${FUZZ_TARGETS:-}'" >&2; exit 2; }
cmake --build "$BUILD_DIR" -j "$JOBS" --target "${build_targets[@]}"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
failed=0
summary=()
while read -r name max_len binary; do
  selected "$name" || continue
  work="$BUILD_DIR/fuzz-runs/$name"
  findings="$BUILD_DIR/findings/$name"
  rm -rf "$work" && mkdir -p "$work/corpus" "$findings"
  cp "$ROOT/fuzz/corpus/$name/"* "$work/corpus/"
  echo "== $name: ${FUZZ_SECONDS}s, -max_len=$max_len" >&2
  status=0
  "$binary" "$work/corpus" -max_total_time="$FUZZ_SECONDS" -max_len="$max_len" -timeout=10 -rss_limit_mb=4096 \
    -print_final_stats=1 -artifact_prefix="$findings/" >"$work/log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -1)
  cov=$(grep -oE 'cov: [0-9]+' "$work/log" | tail -1 | cut -d' ' -f2)
  ft=$(grep -oE 'ft: [0-9]+' "$work/log" | tail -1 | cut -d' ' -f2)
  inputs=$(find "$work/corpus" -type f | wc -l)
  crashes=$(find "$findings" -type f | wc -l)
  line=$(printf '%-28s runs=%-10s cov=%-6s ft=%-6s corpus=%-6s crashes=%s' "$name" "${runs:-?}" "${cov:-?}" "${ft:-?}" "$inputs" "$crashes")
  [ "$status" -ne 0 ] && { line="$line  (exit $status, log: $work/log)"; failed=1; }
  echo "$line"
  summary+=("$line")
done <"$manifest"

echo "---- fuzz summary (${FUZZ_SECONDS}s per target) ----"
printf '%s\n' "${summary[@]}"
exit "$failed"
