# One command for each job. `make help` lists them.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# Tools installed by tools/setup.sh: wasm-opt (npm binaryen) and the cargo-installed ones.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# Where the site is served from: "/" or a sub-path such as "/runbook/".
BASE_PATH ?= /
DIST ?= dist
# The site's apps (runbook::route::App), one per area and one per window of a drill in
# progress, and where Trunk builds them.
APPS := docs search commands wizards drills drill_facilitator drill_participant drill_report incident messages
APPS_DIR = target/apps/$(subst /,_,$(DIST))
export RUNBOOK_BASE_PATH := $(BASE_PATH)
# Stamped into the footer of every page by `sitegen postbuild`.
export RUNBOOK_COMMIT := $(shell git rev-parse --short=12 HEAD 2>/dev/null)

.PHONY: help setup serve dist dist-subpath schemas check test lint test-native test-e2e screenshots check-content bench clean new-page new-command new-wizard new-drill

help: ## List the commands
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

setup: ## Install what is missing (Rust target, Trunk, wasm-bindgen, wasm-opt, Node packages, Chromium)
	@tools/setup.sh

serve: dist ## Build the site, serve it on http://127.0.0.1:8080, and rebuild and reload the open page as you save
	@# As a static host would serve dist/, plus a reload script and its events that only this
	@# server has (dist/ never holds them). A content save is compiled and assembled with the
	@# apps already built; a save under src/, style/ or public/ rebuilds the apps first
	@# (tools/build-app.sh). A broken save is shown in the page over the last build that worked.
	cargo run --quiet -p sitegen -- serve $(APPS_DIR) $(DIST) --base $(BASE_PATH) --port 8080 --watch

dist: setup ## Build the deployable static site into dist/ (BASE_PATH=/sub/ for a sub-path)
	@# Broken content fails here, with every problem as file:line. Then one app per area
	@# (ARCHITECTURE.md): Trunk builds each into the shell sitegen writes for it, and its
	@# JavaScript glue is minified (tools/build-app.sh, which skips an app nothing of has
	@# changed: the apps embed no content, so editing the runbook rebuilds none). Last,
	@# sitegen assembles them with the route pages, the data folder, the search index and
	@# the service worker.
	cargo run --quiet -p sitegen -- check
	mkdir -p target/web
	for app in $(APPS); do \
	  cargo run --quiet -p sitegen -- shell $$app > target/web/$$app.html && \
	  tools/build-app.sh $$app $(APPS_DIR)/$$app $(BASE_PATH) || exit 1; \
	done
	cargo run --quiet -p sitegen -- postbuild $(APPS_DIR) $(DIST) --base $(BASE_PATH)

dist-subpath: ## The same site built for /runbook/, into target/dist-subpath (for the tests)
	$(MAKE) --no-print-directory dist BASE_PATH=/runbook/ DIST=target/dist-subpath

schemas: ## Rewrite schemas/, the content's JSON Schemas for editors (.taplo.toml), from the compilers' types
	cargo run --quiet -p sitegen -- schemas schemas

check: ## Check the content (content/, or RUNBOOK_CONTENT_DIR): every problem as file:line, fails if any
	cargo run --quiet -p sitegen -- check

test: setup lint test-native dist dist-subpath test-e2e ## Every check and test

lint: ## Formatting and clippy, warnings as errors
	cargo fmt --all --check
	cargo clippy --workspace --all-targets --features runbook/compile -- -D warnings
	cargo clippy -p runbook-site --target wasm32-unknown-unknown --features csr -- -D warnings

test-native: ## The core and tooling tests (cargo test)
	cargo test --workspace --features runbook/compile

test-e2e: ## Browser tests: Playwright driving headless Debian Chromium against dist/
	node --test --test-concurrency=1 tests/e2e/*.test.mjs

screenshots: dist ## Refresh the README's screenshot from the real build
	node tests/e2e/screenshots.mjs

bench: dist ## Size and speed against a static floor, with budgets (writes target/bench/results.json)
	tests/bench/build-site.sh
	$(MAKE) --no-print-directory dist
	node tests/bench/bench.mjs

check-content: ## List pages whose review date has passed (never fails the build)
	@cargo run --quiet -p sitegen -- review

# Each writes a valid starting file (never over one) and checks the content; a page is also
# added to nav.toml, at the end of the last section or of SECTION="Its title".
new-page: ## Start a doc page: make new-page SLUG=my-page [SECTION="Actions we can take"]
	@cargo run --quiet -p sitegen -- new page "$(SLUG)" $(if $(SECTION),--section "$(SECTION)")

new-command: ## Start a command generator: make new-command ID=my-command
	@cargo run --quiet -p sitegen -- new command "$(ID)"

new-wizard: ## Start a decision wizard: make new-wizard ID=my-wizard
	@cargo run --quiet -p sitegen -- new wizard "$(ID)"

new-drill: ## Start a tabletop drill: make new-drill ID=my-drill
	@cargo run --quiet -p sitegen -- new drill "$(ID)"

clean: ## Remove build output
	cargo clean
	rm -rf dist
