"""Figures confirmed across editions: the Chinese and English figures of one paragraph
paired when they are of the same kind and equal value.

A figure found in both editions is one an analyst can trust twice; one found in only one
edition points to an extraction error or a translation difference worth a look.

Values are compared as exact decimals, rounded to `SIGNIFICANT_DIGITS` significant digits
first: a share written as a fraction (三分之二, two thirds) is a repeating decimal cut at
the arithmetic's precision, and two ways of computing it may differ in the last digits;
no printed figure has that many digits, so 1 000 000 and 1,000,001 stay two figures.

A vague amount (数百, thousands: value null) is never paired: its written order does not
say which amount it is (数百 and "hundreds" may name different things, 数十万 and
"hundreds of thousands" may not be twins either), so no edition can confirm another's. Each
keeps its own row, unmatched, as any figure no other edition confirms.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import Context, Decimal
from typing import Literal

from pydantic import BaseModel

from un_report.models import Figure, FigureKind

Status = Literal["both", "zh_only", "en_only"]
EDITIONS = ("zh", "en")
# Values agree when equal to this many significant digits: more than any printed figure
# has, fewer than the 28 of a repeating fraction's decimal (三分之二 → 66.666…67).
SIGNIFICANT_DIGITS = 20
_ROUNDING = Context(prec=SIGNIFICANT_DIGITS)


class AlignedFigure(BaseModel):
    """One row of figures_aligned: a zh figure, an en figure, or the pair of them."""

    report: str
    para: str
    kind: FigureKind
    value: Decimal | None
    zh_id: str = ""
    zh_text: str = ""
    en_id: str = ""
    en_text: str = ""
    status: Status


def same_value(a: Decimal | None, b: Decimal | None) -> bool:
    """Whether two figures' values are the same amount: equal to `SIGNIFICANT_DIGITS`
    significant digits. A vague amount (None) is the same as nothing, not even another."""
    if a is None or b is None:
        return False
    return _ROUNDING.create_decimal(a) == _ROUNDING.create_decimal(b)


def align(figures: Iterable[Figure]) -> list[AlignedFigure]:
    """Pair each report's zh and en figures paragraph by paragraph; reports with a single
    edition give no rows."""
    by_report: dict[str, dict[str, list[Figure]]] = defaultdict(lambda: defaultdict(list))
    source_of: dict[tuple[str, str], str] = {}  # the first file read of each edition is aligned
    for figure in figures:
        edition = (figure.report, figure.lang)
        if source_of.setdefault(edition, figure.source) == figure.source:
            by_report[figure.report][figure.lang].append(figure)
    rows: list[AlignedFigure] = []
    for report, editions in by_report.items():
        if all(editions.get(lang) for lang in EDITIONS):
            rows += _align_report(report, editions["zh"], editions["en"])
    return rows


def _align_report(report: str, zh: list[Figure], en: list[Figure]) -> list[AlignedFigure]:
    zh_by_para, en_by_para = _by_para(zh), _by_para(en)
    paras = list(dict.fromkeys([f.para for f in zh] + [f.para for f in en]))
    rows: list[AlignedFigure] = []
    for para in paras:
        english = en_by_para.get(para, [])
        used = [False] * len(english)
        for figure in zh_by_para.get(para, []):
            twin = next(
                (i for i, e in enumerate(english)
                 if not used[i] and e.kind == figure.kind and same_value(e.value, figure.value)),
                None,
            )
            row = AlignedFigure(
                report=report, para=para, kind=figure.kind, value=figure.value,
                zh_id=figure.id, zh_text=figure.text, status="zh_only",
            )
            if twin is not None:
                used[twin] = True
                row.en_id, row.en_text, row.status = english[twin].id, english[twin].text, "both"
            rows.append(row)
        rows += [
            AlignedFigure(
                report=report, para=para, kind=e.kind, value=e.value,
                en_id=e.id, en_text=e.text, status="en_only",
            )
            for e, was_used in zip(english, used, strict=True)
            if not was_used
        ]
    return rows


def _by_para(figures: list[Figure]) -> dict[str, list[Figure]]:
    grouped: dict[str, list[Figure]] = defaultdict(list)
    for figure in figures:
        grouped[figure.para].append(figure)
    return grouped


def agreement(rows: list[AlignedFigure]) -> str:
    """The run summary's line: the share of Chinese figures confirmed in English, per kind."""
    parts = []
    for kind in ("count", "percent", "money", "year"):
        zh = [r for r in rows if r.kind == kind and r.status != "en_only"]
        both = sum(r.status == "both" for r in zh)
        if zh:
            parts.append(f"{kind} {both}/{len(zh)} ({100 * both / len(zh):.0f}%)")
    reports = ", ".join(sorted({r.report for r in rows}))
    return f"{reports}: figures confirmed in both editions: " + ", ".join(parts)
