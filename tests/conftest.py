"""Shared fixtures: the shipped report run once per test session, and the reference data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from un_report.pipeline import ReportResult, run_report

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
SHIPPED_ZH = RAW / "A_80_1_zh.txt"
SHARED = ROOT.parent / "shared"  # the reference annotations, beside the repository


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def shared_file(relative: str) -> Path:
    """A file of ../shared, or a skip saying where it was looked for."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"reference file {path} is not present (it lives beside the repository)")
    return path


@pytest.fixture(scope="session")
def zh_report() -> ReportResult:
    return run_report(SHIPPED_ZH)
