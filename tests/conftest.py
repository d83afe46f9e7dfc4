"""Shared fixtures: the shipped report run once per test session, and the reference data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from un_report.pipeline import ReportResult, run_report

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
SHIPPED_ZH = RAW / "A_80_1_zh.txt"
DATA = ROOT / "tests" / "data"  # test data committed with the repository (tests/data/README.md)
GOLD = DATA / "gold"  # the reference annotations: figures.dev.jsonl, paragraphs.jsonl
PEER_SPECS = DATA / "peer-specs" / "recognizers-text"  # the peer's spec files, with SOURCE.md and LICENSE


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def zh_report() -> ReportResult:
    return run_report(SHIPPED_ZH)
