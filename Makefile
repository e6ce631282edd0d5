# Everything a newcomer needs. `make conformance` is the main job; `make test` runs the tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PROFILE ?= quick
REPORTS ?= reports
# The test runs use every core (pytest-xdist; `make test WORKERS=0` runs in one process). Workers steal queued
# tests from each other, so a long test near the end does not leave the other cores idle.
# Against a live server (OUTLOOK_BASE_URL) one process: workers would share, and clean up, one mailbox.
WORKERS ?= $(if $(OUTLOOK_BASE_URL),0,auto)
# (Where the runs keep their bytecode, whatever PYTHONDONTWRITEBYTECODE says: tests/plugins/bytecode_cache.py.)
PYTEST = $(BIN)/python -m pytest -n $(WORKERS) --dist worksteal
# PYTHONHASHSEED: the generator orders literal enum values through a set.
# $(call GENERATE,<OpenAPI document>,<generator config>,<output path>)
GENERATE = PYTHONHASHSEED=0 $(BIN)/openapi-python-client generate --path $(1) \
	--config $(2) --meta none --fail-on-warning --overwrite --output-path $(3)
# The generated clients, one per OpenAPI document: <package>,<document>,<generator config>.
V2_CLIENT = outlook_v2_client,spec/outlook-v2.0.yaml,spec/openapi-python-client.yaml
PREVIEW_CLIENT = outlook_preview_client,spec/outlook-preview-2014.yaml,spec/openapi-python-client-preview.yaml
CLIENTS = V2_CLIENT PREVIEW_CLIENT
comma := ,
client_package = $(word 1,$(subst $(comma), ,$($(1))))
client_spec = $(word 2,$(subst $(comma), ,$($(1))))
client_config = $(word 3,$(subst $(comma), ,$($(1))))
# Generate every client into $$tmp/<package> (a shell fragment ending in &&), each marked typed (PEP 561 py.typed:
# the generator writes it only with its packaging metadata, which --meta none leaves out).
GENERATE_ALL = $(foreach c,$(CLIENTS),PATH="$(CURDIR)/$(BIN):$$PATH" \
	$(call GENERATE,$(call client_spec,$(c)),$(call client_config,$(c)),$$tmp/$(call client_package,$(c))) $(1) && \
	echo "# Marker file for PEP 561" > $$tmp/$(call client_package,$(c))/py.typed &&)
PACKAGES = $(foreach c,$(CLIENTS),$(call client_package,$(c)))

.PHONY: setup conformance conformance-clean-run conformance-fresh-venv test unit generate check-generated lint lint-spec bench serve clean interop

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml setup.py constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

## The conformance suite against the embedded mock (or OUTLOOK_BASE_URL), with its report in $(REPORTS)/.
conformance: setup
	@mkdir -p $(REPORTS)
	$(PYTEST) conformance --profile=$(PROFILE) --junitxml=$(REPORTS)/conformance.xml \
		--summary=$(REPORTS)/conformance-summary.md --summary-html=$(REPORTS)/conformance-summary.html $(ARGS)

## A live run of the whole suite against a served mock leaves both mailboxes as it found them (tests/kit/).
conformance-clean-run: setup
	CLEAN_RUN_AREAS= $(BIN)/python -m pytest -q tests/kit/test_clean_live_run.py

## The kit outside the repo: wheel, fresh venv in /tmp, outlook-conformance against a served mock (pass, planted fault).
conformance-fresh-venv: setup
	tests/kit/fresh_venv.sh

## Unit tests, the spec's validity, the quick conformance profile and its planted-fault proofs.
test: setup
	$(PYTEST) tests conformance --profile=quick

# Both targets generate outside the repo, so the generator's ruff hooks never see this repo's ruff settings.
generate: setup
	@tmp=$$(mktemp -d) && \
	$(call GENERATE_ALL) \
	$(foreach p,$(PACKAGES),rm -rf generated/$(p) && cp -r $$tmp/$(p) generated/ &&) \
	find generated -name __pycache__ -o -name .ruff_cache | xargs rm -rf; rm -rf $$tmp

check-generated: setup
	@tmp=$$(mktemp -d) && \
	$(call GENERATE_ALL,>/dev/null) \
	$(foreach p,$(PACKAGES),diff -r -x __pycache__ -x .ruff_cache generated/$(p) $$tmp/$(p) &&) \
	echo "generated/ matches the specs" ; status=$$?; rm -rf $$tmp; exit $$status

lint: setup
	$(BIN)/ruff check outlook_mock outlook_kit conformance tests benchmarks
	$(BIN)/ruff format --check outlook_mock outlook_kit conformance tests benchmarks

# The OpenAPI linters (npm, versions pinned by tools/spec-lint/package-lock.json, installed into its node_modules/,
# which git ignores). Their rulesets: redocly.yaml (+ .redocly.lint-ignore.yaml) and .spectral.yaml.
SPEC_LINT := tools/spec-lint
SPEC_LINT_BIN := $(SPEC_LINT)/node_modules/.bin
export REDOCLY_TELEMETRY = off
export REDOCLY_SUPPRESS_UPDATE_NOTICE = true
export SCARF_ANALYTICS = false

$(SPEC_LINT)/node_modules/.installed: $(SPEC_LINT)/package.json $(SPEC_LINT)/package-lock.json
	npm ci --prefix $(SPEC_LINT) --no-audit --no-fund --loglevel=error
	touch $@

## Every spec (both APIs, the mock's control API) through `redocly lint` (recommended-strict) and Spectral (spectral:oas): no error, no warning.
lint-spec: $(SPEC_LINT)/node_modules/.installed
	$(SPEC_LINT_BIN)/redocly lint
	$(SPEC_LINT_BIN)/spectral lint --fail-severity warn spec/outlook-v2.0.yaml spec/outlook-preview-2014.yaml spec/mock-control.yaml

## Store-level figures (pytest-benchmark), then the served mock against a bare Starlette app under wrk
## (installed with apt-get if missing; Prism 5 with npm into ~/.cache). BENCH_ARGS: e.g. --rounds 5 --seconds 5.
BENCH_ARGS ?=
bench: setup
	$(BIN)/python -m pytest benchmarks -s -p no:cacheprovider --benchmark-columns=min,median,mean,ops,rounds
	$(BIN)/python benchmarks/http/bench.py $(BENCH_ARGS)

serve: setup
	$(BIN)/outlook-mock serve

## Optional (not part of `make test`): four real third-party Outlook REST v2.0 clients, installed in their own
## environment under $(INTEROP)/, driven against `outlook-mock serve`; the table goes to $(REPORTS)/interop.md.
INTEROP ?= .interop
interop: setup $(INTEROP)/.installed
	$(BIN)/python tests/interop/run.py --env $(INTEROP) --report $(REPORTS)/interop.md

$(INTEROP)/.installed: tests/interop/requirements.txt tests/interop/node/package.json tests/interop/node/package-lock.json
	rm -rf $(INTEROP) && mkdir -p $(INTEROP)/node
	$(PYTHON) -m venv $(INTEROP)/venv
	$(INTEROP)/venv/bin/python -m pip install --quiet --no-deps -r tests/interop/requirements.txt
	cp tests/interop/node/package.json tests/interop/node/package-lock.json $(INTEROP)/node/
	cd $(INTEROP)/node && npm ci --no-audit --no-fund --loglevel=error
	touch $@

clean:
	rm -rf $(VENV) $(REPORTS) $(INTEROP) .pytest_cache .hypothesis $(SPEC_LINT)/node_modules

## The reliability suite (tests/reliability/, quick sizes in `make test`) at soak sizes, with its figures.
.PHONY: soak fuzz
soak: setup
	RELIABILITY_PROFILE=soak $(BIN)/python -m pytest tests/reliability -v -rxXs

## schemathesis' CLI against the served mock, both specs, >= 10,000 requests: requests, failures, 5xx, non-OData bodies.
fuzz: setup
	$(BIN)/python -m tests.reliability.fuzz

## The HTML reference of both specs (Redocly's build-docs, the pinned CLI of tools/spec-lint/, Redoc inlined so the
## pages work offline) in $(DOCS)/: outlook-v2.0.html, outlook-preview-2014.html and an index.html linking them.
## tests/docs/ opens each page in headless Chromium and checks that it renders every operation of its spec.
.PHONY: docs
DOCS ?= build/docs
SPEC_DOCS = $(DOCS)/outlook-v2.0.html $(DOCS)/outlook-preview-2014.html
docs: $(SPEC_DOCS) $(DOCS)/index.html

$(DOCS)/%.html: spec/%.yaml redocly.yaml $(SPEC_LINT)/node_modules/.installed
	@mkdir -p $(DOCS)
	$(SPEC_LINT_BIN)/redocly build-docs $< --inlineBundle --output $@

$(DOCS)/index.html: Makefile
	@mkdir -p $(DOCS)
	@printf '%s\n' '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Outlook REST contract kit: API reference</title></head><body>' \
		'<h1>Outlook REST contract kit: API reference</h1><ul>' \
		'<li><a href="outlook-v2.0.html">Outlook REST API v2.0</a> (spec/outlook-v2.0.yaml)</li>' \
		'<li><a href="outlook-preview-2014.html">Outlook Calendar API, 2014 preview</a> (spec/outlook-preview-2014.yaml)</li>' \
		'</ul></body></html>' > $@
