"""The reference figures of tests/data/gold/figures.dev.jsonl as test rows.

One row per required reference figure (found, with its qualifier and unit), and one row per
reference paragraph (nothing extracted that the reference does not list).
"""

from __future__ import annotations

import math
from collections import defaultdict

import pytest

from tests.conftest import GOLD, read_jsonl
from un_report.pipeline import ReportResult

GOLD_FIGURES = GOLD / "figures.dev.jsonl"


def _rows() -> list[dict]:
    return read_jsonl(GOLD_FIGURES)


def required_params() -> list[object]:
    rows = [r for r in _rows() if not r["optional"]]
    return [pytest.param(r, id=f"{r['para']}:{r['text']}") for r in rows]


def paragraph_params() -> list[object]:
    by_para: dict[str, list[dict]] = defaultdict(list)
    for r in _rows():
        by_para[r["para"]].append(r)
    return [pytest.param(p, rs, id=p) for p, rs in by_para.items()]


def same_value(a: float | None, b: float | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and math.isclose(a, b))


@pytest.mark.parametrize("gold", required_params())
def test_reference_figure_is_found_with_qualifier_and_unit(zh_report: ReportResult, gold: dict) -> None:
    mine = [
        (f.kind, f.qualifier, f.unit if f.kind in ("count", "money") else gold["unit"])
        for f in zh_report.figures
        if f.para == gold["para"] and f.kind == gold["kind"]
        and same_value(None if f.value is None else float(f.value), gold["value"])
    ]
    assert (gold["kind"], gold["qualifier"], gold["unit"]) in mine


@pytest.mark.parametrize(("para", "golds"), paragraph_params())
def test_nothing_extracted_that_the_reference_does_not_list(zh_report: ReportResult, para: str, golds: list[dict]) -> None:
    listed = [(g["kind"], g["value"]) for g in golds]
    extra = []
    for f in zh_report.figures:
        if f.para != para:
            continue
        value = None if f.value is None else float(f.value)
        hit = next((i for i, (k, v) in enumerate(listed) if k == f.kind and same_value(value, v)), None)
        if hit is None:
            extra.append(f.text)
        else:
            listed.pop(hit)
    assert extra == []


SUBJECT_AGREEMENT_FLOOR = 0.7  # subjects are best effort (jieba); this guards against regressions


def test_subjects_mostly_agree_with_the_reference(zh_report: ReportResult) -> None:
    rows = [r for r in _rows() if not r["optional"] and r["kind"] in ("count", "money")]
    mine = {(f.para, f.text): f.subject for f in zh_report.figures}
    compared = [(mine[(r["para"], r["text"])], r["subject"]) for r in rows if (r["para"], r["text"]) in mine]
    agree = sum(a == b for a, b in compared)
    assert agree / len(compared) >= SUBJECT_AGREEMENT_FLOOR, f"{agree}/{len(compared)} subjects agree"
