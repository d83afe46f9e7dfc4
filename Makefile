# Every target sets up a local virtual environment (.venv) first; nothing else is needed.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: extract test bench lint fixtures clean

# Create .venv and install the package with its dev tools (reruns when pyproject.toml changes).
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## extract: read every report in data/raw and write data/out/{paragraphs,figures}.{csv,parquet}
extract: $(STAMP)
	$(VENV)/bin/un-report extract data/raw --out data/out

## test: run the test suite
test: $(STAMP)
	$(PY) -m pytest -q

## bench: print wall time and peak memory per stage on the shipped reports
bench: $(STAMP)
	$(PY) scripts/bench.py

## fixtures: rebuild the PDF test fixtures in tests/fixtures/pdf (needs Debian's fonts-wqy-microhei,
##           fonts-noto-cjk, libreoffice-writer-nogui and chromium: see each script's docstring)
fixtures: $(STAMP)
	$(PY) scripts/typeset_zh_pdf.py data/raw/A_80_1_zh.txt --out tests/fixtures/pdf/ --check
	$(PY) scripts/typeset_zh_office.py data/raw/A_80_1_zh.txt --out tests/fixtures/pdf/ --fixtures
	$(PY) scripts/make_bad_pdfs.py --out tests/fixtures/pdf/bad/

## lint: ruff and mypy over the package
lint: $(STAMP)
	$(VENV)/bin/ruff check un_report tests scripts
	$(VENV)/bin/mypy un_report

## clean: remove the virtual environment and the output tables
clean:
	rm -rf $(VENV) data/out/*.csv data/out/*.parquet
