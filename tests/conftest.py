"""Shared fixtures: the shipped report run once per test session, each test PDF read once
per session, and where the committed test data lives."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from un_report.ingest import ingest
from un_report.models import Document, Line
from un_report.pipeline import ReportResult, run_document, run_report

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
SHIPPED_ZH = RAW / "A_80_1_zh.txt"
EN_PDF = RAW / "A_80_1_en.pdf"  # the official English PDF, shipped with the repository
PDF_FIXTURES = ROOT / "tests" / "fixtures" / "pdf"
ZH_PDFS = sorted(PDF_FIXTURES.glob("A_80_1_zh_layout_*.pdf"))  # the Chinese report typeset six ways
DATA = ROOT / "tests" / "data"  # test data committed with the repository (tests/data/README.md)
GOLD = DATA / "gold"  # the reference annotations: figures.dev.jsonl, paragraphs.jsonl
PEER_SPECS = DATA / "peer-specs" / "recognizers-text"  # the peer's spec files, with SOURCE.md and LICENSE


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def zh_report() -> ReportResult:
    return run_report(SHIPPED_ZH)


@dataclass(frozen=True)
class ReadPdf:
    """One test PDF, read once: the ingested document, the run's result, and the warnings
    pdfminer logged while it was read (the reader silences them). Tests must not change it."""

    document: Document
    result: ReportResult
    pdfminer_warnings: tuple[str, ...]

    @property
    def lines(self) -> list[Line]:
        """Every line as `read_pdf` gives it: the front matter, then the body."""
        return [*self.document.front, *self.document.lines]


class _Messages(logging.Handler):
    """Keeps the message of every record it is handed."""

    def __init__(self, level: int) -> None:
        super().__init__(level)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _read_pdf(path: Path) -> ReadPdf:
    pdfminer = logging.getLogger("pdfminer")
    handler, level = _Messages(logging.WARNING), pdfminer.level
    pdfminer.addHandler(handler)
    pdfminer.setLevel(logging.WARNING)  # what pdfminer would log unless the reader silences it
    try:
        began = time.perf_counter()
        document = ingest(path)
        result = run_document(document, began)
    finally:
        pdfminer.removeHandler(handler)
        pdfminer.setLevel(level)
    return ReadPdf(document, result, tuple(handler.messages))


@pytest.fixture(scope="session")
def read_pdf_once() -> Callable[[Path], ReadPdf]:
    """A PDF's `ReadPdf`, parsed by pdfplumber the first time it is asked for and kept for
    the session: the suite's PDFs (tests/fixtures/pdf, data/raw) are each parsed once."""
    cache: dict[Path, ReadPdf] = {}

    def read(path: Path) -> ReadPdf:
        key = Path(path).resolve()
        if key not in cache:
            cache[key] = _read_pdf(Path(path))
        return cache[key]

    return read
