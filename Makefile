# Everything a newcomer needs. `make conformance` is the main job; `make test` runs the tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PROFILE ?= quick
REPORTS ?= reports
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
# Generate every client into $$tmp/<package> (a shell fragment ending in &&).
GENERATE_ALL = $(foreach c,$(CLIENTS),PATH="$(CURDIR)/$(BIN):$$PATH" \
	$(call GENERATE,$(call client_spec,$(c)),$(call client_config,$(c)),$$tmp/$(call client_package,$(c))) $(1) &&)
PACKAGES = $(foreach c,$(CLIENTS),$(call client_package,$(c)))

.PHONY: setup conformance test unit generate check-generated lint bench serve clean interop

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

## The conformance suite against the embedded mock (or OUTLOOK_BASE_URL), with its report in $(REPORTS)/.
conformance: setup
	@mkdir -p $(REPORTS)
	$(BIN)/python -m pytest conformance --profile=$(PROFILE) --junitxml=$(REPORTS)/conformance.xml \
		--summary=$(REPORTS)/conformance-summary.md

## Unit tests, the spec's validity, the quick conformance profile and its planted-fault proofs.
test: setup
	$(BIN)/python -m pytest tests conformance --profile=quick

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
	$(BIN)/ruff check outlook_mock conformance tests benchmarks
	$(BIN)/ruff format --check outlook_mock conformance tests benchmarks

bench: setup
	$(BIN)/python -m pytest benchmarks -s --benchmark-columns=min,median,mean,ops,rounds

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
	rm -rf $(VENV) $(REPORTS) $(INTEROP) .pytest_cache .hypothesis
