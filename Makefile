# Plaintes — the two commands: `make run` and `make test`.

PORT ?= 3000
DATA_DIR ?= var
export PORT DATA_DIR

CARGO ?= cargo
SITE_OUT := site/dist

VENV := .venv
LAMBDAS := public staff scheduler

.PHONY: run site test lint js unit api browser infra bench lambda deploy clean

## Builds the site and serves it with the API on http://127.0.0.1:$(PORT).
run: site
	$(CARGO) run --quiet -p plaintes-local --bin plaintes -- serve

## Renders the static French site from config/organisation.toml into site/dist.
site:
	$(CARGO) run --quiet -p plaintes-site -- --config config/organisation.toml --out $(SITE_OUT)

## Every check the project makes.
test: lint js infra unit api browser

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings

## The staff pages' script modules, each with its own unit tests (node --test).
js:
	node --test site/tests/js/

## Unit and integration tests; the AWS adapters against the moto emulator,
## which tests/with-moto starts and stops.
unit: $(VENV)/.tests
	tests/with-moto $(CARGO) test --workspace --locked

$(VENV)/.tests: tests/requirements.txt
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r tests/requirements.txt
	touch $@

## Every operation of the OpenAPI document tried by Schemathesis against
## plaintes serve: answers as documented, no 500, bad input refused.
api: .venv-api/.installed
	tests/api-fuzz

.venv-api/.installed: tests/requirements-api.txt
	python3 -m venv .venv-api
	.venv-api/bin/pip install --quiet --disable-pip-version-check -r tests/requirements-api.txt
	touch $@

## cfn-lint and checkov on the SAM template (each in its own venv).
infra:
	infra/check

## What a person does in a real browser (headless Chromium, installed if missing).
browser: site
	tests/browser/run

## Speed of deadline computation and of whole submissions (release build).
bench:
	$(CARGO) bench --locked -p plaintes-tests --bench submission --bench checks --bench reports

## The three Lambda functions for arm64: target/lambda/<name>/bootstrap.
lambda: $(VENV)/.lambda
	rustup target add aarch64-unknown-linux-gnu
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" cargo lambda build --release --arm64 --locked $(addprefix -p ,$(LAMBDAS))

$(VENV)/.lambda: infra/requirements-lambda.txt
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r infra/requirements-lambda.txt
	touch $@

STACK ?= plaintes

## Builds everything and deploys the stack (see infra/DEPLOY.md first), then
## copies the sign-in client's secret into the SSM parameter the staff
## function reads (infra/sign-in-secret).
deploy: lambda site
	cd infra && sam deploy --template-file template.yaml $(if $(wildcard infra/samconfig.toml),,--guided)
	$(VENV)/bin/python infra/sign-in-secret --stack $(STACK)

clean:
	rm -rf $(SITE_OUT) target
