# Plaintes — the two commands: `make run` and `make test`.

PORT ?= 3000
DATA_DIR ?= var
export PORT DATA_DIR

CARGO ?= cargo
SITE_OUT := site/dist

.PHONY: run site test lint unit browser bench clean

## Builds the site and serves it with the API on http://127.0.0.1:$(PORT).
run: site
	$(CARGO) run --quiet -p plaintes-local --bin plaintes -- serve

## Renders the static French site from config/organisation.toml into site/dist.
site:
	$(CARGO) run --quiet -p plaintes-site -- --config config/organisation.toml --out $(SITE_OUT)

## Every check the project makes.
test: lint unit browser

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings

unit:
	$(CARGO) test --workspace --locked

## What a person does in a real browser (headless Chromium, installed if missing).
browser: site
	tests/browser/run

## Speed of deadline computation and of whole submissions (release build).
bench:
	$(CARGO) bench --locked -p plaintes-tests --bench submission

clean:
	rm -rf $(SITE_OUT) target
