# casegw — the two commands a newcomer needs (README.md):
#   make run    install what is missing, build (Release), create a dev TLS certificate, run the gateway
#   make test   install what is missing, build, run the whole test suite with ctest
BUILD_DIR ?= build
BUILD_TYPE ?= Release
CONFIG ?= config/gateway.yaml
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

CMAKE_LAUNCHER := $(if $(shell command -v ccache 2>/dev/null),-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache,)

.PHONY: all deps configure build run test check-config clean fuzz config-reference

all: build

deps:
	@scripts/install-deps.sh

configure: deps
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_LAUNCHER)

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	@scripts/dev-setup.sh
	$(BUILD_DIR)/casegw run --config $(CONFIG)

check-config: build
	@scripts/dev-setup.sh
	$(BUILD_DIR)/casegw check-config --config $(CONFIG)

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

clean:
	rm -rf $(BUILD_DIR)

# docs/config-reference.md is generated from the configuration catalogue and the shipped plugins'
# schemas; ctest's config_reference_is_current fails until it is regenerated after a change.
config-reference: build
	$(BUILD_DIR)/casegw config-reference > docs/config-reference.md.tmp
	mv docs/config-reference.md.tmp docs/config-reference.md

# Opt-in, never part of `make test` or CI: clang + libFuzzer + ASan/UBSan in build-fuzz, every
# fuzz target for FUZZ_SECONDS (default 180) each, one summary line per target (docs/fuzzing.md).
FUZZ_SECONDS ?= 180
fuzz:
	FUZZ_SECONDS=$(FUZZ_SECONDS) JOBS=$(JOBS) fuzz/run_fuzzers.sh
