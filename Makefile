# Two commands do all the set-up on a fresh machine:
#   make report   installs what is missing, then runs `claimcheck report seeds/`
#   make test     installs what is missing, then runs the test suite (make test-fast: the fast part)
# `make install` is idempotent: it only re-runs when pyproject.toml changes or the venv is gone.

PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
STAMP   = $(VENV)/.claimcheck-installed
MODEL   = ro-legal-fl==3.6.1

.PHONY: install browser report test test-fast bench eval realnews clean

install: $(STAMP)

$(STAMP): pyproject.toml Makefile
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "claimcheck needs Python 3.11 or newer (set PYTHON=...)")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@# The model pins spacy<3.7, which cannot run beside numpy 2; under spaCy 3.8 it gives
	@# identical output, so it goes in without its dependencies: `claimcheck install-model`
	@# runs `python -m pip install --no-deps $(MODEL)` in this venv (docs/design.md, "Parsing").
	$(VENV)/bin/claimcheck install-model --if-missing
	$(PY) -W ignore -c 'import spacy, ro_legal_fl; print("spaCy", spacy.__version__, "+ ro_legal_fl", ro_legal_fl.__version__ if hasattr(ro_legal_fl, "__version__") else "")'
	@touch $(STAMP)

report: install
	$(VENV)/bin/claimcheck report seeds/

# Headless Chromium from Debian's packages for the HTML report's browser tests (tests/test_html.py).
# Idempotent; where apt is missing or not allowed the step says so and the browser tests skip.
browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium) \
	  || echo "make browser: could not install chromium; the browser tests will be skipped"

test: install browser
	$(PY) -m pytest

# The fast part (README, "Tests"): no model, no wheel; about a minute.
test-fast: install
	$(PY) -m pytest -q -m "not model and not install"

bench: install
	$(PY) benchmarks/run.py $(BENCH_ARGS)

eval: install
	$(PY) benchmarks/evaluate.py

# Real news: the development set and the held-out sets, rebuilt outside the repository (README,
# "Real news"); each folder that is missing is skipped.
REALNEWS ?= ../shared/realnews/score.py
realnews: install
	@for pair in "../realnews-texts ../shared/realnews/dev.json" \
	             "../heldout-texts tests/gold/realnews/heldout.json" \
	             "../heldout2-texts tests/gold/realnews/heldout2.json" \
	             "../heldout3-texts tests/gold/realnews/heldout3.json" \
	             "../heldout4-texts tests/gold/realnews/heldout4.json" \
	             "../heldout5-texts tests/gold/realnews/heldout5.json" \
	             "../heldout6-texts tests/gold/realnews/heldout6.json" \
	             "../heldout7-texts tests/gold/realnews/heldout7.json" \
	             "../heldout8-texts tests/gold/realnews/heldout8.json" \
	             "../heldout9-texts tests/gold/realnews/heldout9.json" \
	             "../heldout10-texts tests/gold/realnews/heldout10.json" \
	             "../heldout11-texts tests/gold/realnews/heldout11.json" \
	             "../heldout13-texts tests/gold/realnews/heldout13.json" \
	             "../heldout14-texts tests/gold/realnews/heldout14.json" \
	             "../heldout15-texts tests/gold/realnews/heldout15.json" \
	             "../heldout16-texts tests/gold/realnews/heldout16.json" \
	             "../heldout17-texts tests/gold/realnews/heldout17.json" \
	             "../heldout18-texts tests/gold/realnews/heldout18.json" \
	             "../heldout19-texts tests/gold/realnews/heldout19.json" \
	             "../heldout20-texts tests/gold/realnews/heldout20.json" \
	             "../heldout21-texts tests/gold/realnews/heldout21.json" \
	             "../heldout22-texts tests/gold/realnews/heldout22.json" \
	             "../heldout23-texts tests/gold/realnews/heldout23.json" \
	             "../heldout24-texts tests/gold/realnews/heldout24.json" \
	             "../heldout25-texts tests/gold/realnews/heldout25.json" \
	             "../heldout26-texts tests/gold/realnews/heldout26.json" \
	             "../heldout27-texts tests/gold/realnews/heldout27.json" \
	             "../heldout28-texts tests/gold/realnews/heldout28.json" \
	             "../heldout29-texts tests/gold/realnews/heldout29.json" \
	             "../heldout30-texts tests/gold/realnews/heldout30.json" \
	             "../heldout31-texts tests/gold/realnews/heldout31.json" \
	             "../heldout32-texts tests/gold/realnews/heldout32.json" \
	             "../heldout33-texts tests/gold/realnews/heldout33.json" \
	             "../heldout34-texts tests/gold/realnews/heldout34.json" \
	             "../heldout35-texts tests/gold/realnews/heldout35.json" \
	             "../heldout36-texts tests/gold/realnews/heldout36.json" \
	             "../heldout37-texts tests/gold/realnews/heldout37.json" \
	             "../heldout38-texts tests/gold/realnews/heldout38.json" \
	             "../heldout39-texts tests/gold/realnews/heldout39.json" \
	             "../heldout40-texts tests/gold/realnews/heldout40.json" \
	             "../heldout41-texts tests/gold/realnews/heldout41.json" \
	             "../heldout42-texts tests/gold/realnews/heldout42.json" \
	             "../heldout43-texts tests/gold/realnews/heldout43.json" \
	             "../heldout44-texts tests/gold/realnews/heldout44.json" \
	             "../heldout45-texts tests/gold/realnews/heldout45.json" \
	             "../heldout46-texts tests/gold/realnews/heldout46.json" \
	             "../heldout47-texts tests/gold/realnews/heldout47.json" \
	             "../heldout48-texts tests/gold/realnews/heldout48.json" \
	             "../heldout49-texts tests/gold/realnews/heldout49.json"; do \
	  set -- $$pair; \
	  if [ -d "$$1" ] && [ -f "$$2" ]; then \
	    $(PY) $(REALNEWS) "$$1" --gold "$$2"; $(PY) $(REALNEWS) "$$1" --gold "$$2" --model blank; \
	  else echo "skipped: $$1 (no texts) or $$2 (no gold)"; fi; \
	done

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
