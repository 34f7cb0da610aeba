# EmberLearn — the two commands: `make start` and `make test`.
SHELL := /bin/bash
export NEXT_TELEMETRY_DISABLED := 1
export npm_config_fund := false
export npm_config_audit := false

.PHONY: start start-flags test mutation mutation-file deps system-deps web-build engines

# The platform's JavaScript heap in embedded mode, in MB. Its live heap is ~120 MB with 1,000 students
# at work; without a limit V8 keeps garbage until the process holds 650-820 MB (docs/operations.md).
NODE_HEAP_MB ?= 512
# every service's own Node flags (nodeFlags in packages/contracts/src/catalog.ts), as one process has them all
START_NODE_FLAGS := --max-old-space-size=$(NODE_HEAP_MB) --liftoff-only

start: deps system-deps web-build
	@node $(START_NODE_FLAGS) --import tsx scripts/start.ts

# what bench/load/embedded.sh starts the platform with
start-flags:
	@echo $(START_NODE_FLAGS)

test: deps system-deps test-deps web-build engines
	@bash scripts/test.sh

# mutation testing of the domain and platform code (StrykerJS, stryker.config.mjs): not part of `make test`.
# Reruns are incremental (.cache/stryker/incremental.json): only mutants in changed code or covered by
# changed tests run again. The report: .cache/stryker/mutation.html
mutation: deps
	@nice npx stryker run

# one file, only the tests named, concurrency 1 (scripts/mutation-file.sh): seconds to minutes, not an hour.
# make mutation-file FILE=services/debug/src/domain/logic.ts TESTS="services/debug/src/domain/logic.test.ts"
mutation-file: deps
	@bash scripts/mutation-file.sh "$(FILE)" $(TESTS)

# npm packages: installed on first run and whenever the lockfile changes
deps: node_modules/.installed
node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# what the sandbox needs at run time (bubblewrap, and friendly-traceback for its harness, cached
# outside the repository); skipped when present
system-deps:
	@bash scripts/install-system-deps.sh runtime
	@bash scripts/install-sandbox-python-lib.sh

# what the tests need: PostgreSQL server, Chromium, a JDK and Maven for Kafka
test-deps:
	@bash scripts/install-system-deps.sh test

# the real engines the distributed tests run against (daprd, etcd, kube-apiserver): built from
# source through the Go module proxy once, cached in ~/.cache/emberlearn/bin (needs Go 1.24+)
engines:
	@bash scripts/engines/build.sh all >/dev/null

web-build: deps
	@bash scripts/build-web.sh
