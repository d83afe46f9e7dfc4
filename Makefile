# Every target sets up a local virtual environment (.venv) first; nothing else is needed.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# PDFs of ../shared/corpus/un-documents that make bench reads: a few minutes (BENCH_DOCUMENTS=190: all)
BENCH_DOCUMENTS ?= 20
# Pages of the long report bench_corpus.py makes of the corpus's longest reports (issue 10: < 300 MB at 212)
BENCH_PAGES ?= 212
# Documents assembled from the store by scripts/bench_assembly.py (one stored report under many names)
BENCH_ASSEMBLY_DOCUMENTS ?= 10 100 400
# Sentences of ../shared/unpc/sentences.jsonl timed for ours against the peer (Recognizers-Text reads ~15/s in English)
BENCH_PEER_SENTENCES ?= 300

.PHONY: extract test bench lint fixtures clean review browser corpus

# Create .venv and install the package with its dev tools (reruns when pyproject.toml changes).
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## extract: read every report in data/raw and write data/out/{paragraphs,figures}.{csv,parquet}
extract: $(STAMP)
	$(VENV)/bin/un-report extract data/raw --out data/out

## review: write data/out/review/index.html and one HTML page per report (run `make extract` first)
review: $(STAMP)
	$(VENV)/bin/un-report review data/raw --out data/out

## browser: install Debian's chromium and chromedriver (for the review page tests) when missing
BROWSER_PACKAGES := chromium chromium-driver fonts-wqy-microhei
browser:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $(BROWSER_PACKAGES); \
	fi

## test: run the test suite (installs the browser first when missing)
test: $(STAMP) browser
	$(PY) -m pytest -q -n auto --dist loadfile  # one worker per core; a test file stays on one worker

## bench: print wall time and peak memory per stage on the shipped reports; then, on the shared
##        corpus, pages/s per core against pdfplumber, the speed-up of 2 processes, peak memory per worker,
##        and the peak memory and time of a 212-page report made of its longest ones, against pdfplumber's;
##        then the peak memory of assembling the tables from the store against the number of documents;
##        then sentences/s of ours and of the peer (Recognizers-Text), when the peer is installed
bench: $(STAMP)
	$(PY) scripts/bench.py
	$(PY) scripts/bench_corpus.py --limit $(BENCH_DOCUMENTS) --pages $(BENCH_PAGES)
	$(PY) scripts/bench_assembly.py --documents $(BENCH_ASSEMBLY_DOCUMENTS)
	@if $(PY) -c 'import ms_recognizers_number' 2>/dev/null; then \
	  $(PY) scripts/peer_compare.py --throughput --limit $(BENCH_PEER_SENTENCES); \
	else echo "peer throughput skipped: the peer is not installed ($(VENV)/bin/pip install -e '.[peer]')"; fi

## corpus: measure un-report on a folder of UN PDFs against their own text (CORPUS=DIR, JOBS=N)
CORPUS ?= ../shared/corpus/un-documents
JOBS   ?= 2
corpus: $(STAMP)
	$(PY) scripts/corpus.py $(CORPUS) --jobs $(JOBS)

## fixtures: rebuild the PDF test fixtures in tests/fixtures/pdf (needs Debian's fonts-wqy-microhei,
##           fonts-noto-cjk, libreoffice-writer-nogui and chromium: see each script's docstring)
fixtures: $(STAMP)
	$(PY) scripts/typeset_zh_pdf.py data/raw/A_80_1_zh.txt --out tests/fixtures/pdf/ --check
	$(PY) scripts/typeset_zh_office.py data/raw/A_80_1_zh.txt --out tests/fixtures/pdf/ --fixtures
	$(PY) scripts/make_bad_pdfs.py --out tests/fixtures/pdf/bad/
	$(PY) scripts/make_rotated_pdfs.py --out tests/fixtures/pdf/rotated/

## lint: ruff, and mypy --strict over the package
lint: $(STAMP)
	$(VENV)/bin/ruff check un_report tests scripts
	$(VENV)/bin/mypy --strict un_report

## clean: remove the virtual environment and the output tables
clean:
	rm -rf $(VENV) data/out/*.csv data/out/*.parquet
