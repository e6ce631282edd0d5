# Everything a newcomer needs. `make conformance` is the main job; `make test` runs the tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PROFILE ?= quick
REPORTS ?= reports
# PYTHONHASHSEED: the generator orders literal enum values through a set.
GENERATE = PYTHONHASHSEED=0 $(BIN)/openapi-python-client generate --path spec/outlook-v2.0.yaml \
	--config spec/openapi-python-client.yaml --meta none --fail-on-warning --overwrite

.PHONY: setup conformance test unit generate check-generated lint bench serve clean

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
	PATH="$(CURDIR)/$(BIN):$$PATH" $(GENERATE) --output-path $$tmp/outlook_v2_client && \
	rm -rf generated/outlook_v2_client && cp -r $$tmp/outlook_v2_client generated/ && \
	find generated -name __pycache__ -o -name .ruff_cache | xargs rm -rf; rm -rf $$tmp

check-generated: setup
	@tmp=$$(mktemp -d) && \
	PATH="$(CURDIR)/$(BIN):$$PATH" $(GENERATE) --output-path $$tmp/outlook_v2_client >/dev/null && \
	diff -r -x __pycache__ -x .ruff_cache generated/outlook_v2_client $$tmp/outlook_v2_client && \
	echo "generated/ matches the spec" ; status=$$?; rm -rf $$tmp; exit $$status

lint: setup
	$(BIN)/ruff check outlook_mock conformance tests benchmarks
	$(BIN)/ruff format --check outlook_mock conformance tests benchmarks

bench: setup
	$(BIN)/python -m pytest benchmarks -s --benchmark-columns=min,median,mean,ops,rounds

serve: setup
	$(BIN)/outlook-mock serve

clean:
	rm -rf $(VENV) $(REPORTS) .pytest_cache .hypothesis
