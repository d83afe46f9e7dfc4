"""Row helpers for the figure tables of tests/test_extract_*.py.

A row is a sentence and the figures expected in it, each as (kind, value, unit, qualifier,
text); values compare rounded to six decimals, so a share like 三分之一 can be written
Decimal(100) / 3.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from un_report.extract import extract_text
from un_report.models import Lang
from un_report.numbers.words import parse_spaced_words
from un_report.rules import language

Figure = tuple[str, float | int | Decimal | None, str, str, str]
Row = tuple[str, list[Figure]]
PLACES = 6


def _value(v: float | int | Decimal | None) -> Decimal | None:
    return None if v is None else round(Decimal(str(v)), PLACES).normalize()


def found(sentence: str, lang: Lang) -> list[Figure]:
    """What the extractor finds in one sentence, in the rows' shape."""
    return [(f.kind, _value(f.value), f.unit, f.qualifier, f.text) for f in extract_text(sentence, language(lang))]


def expected(figures: list[Figure]) -> list[Figure]:
    return [(k, _value(v), u, q, t) for k, v, u, q, t in figures]


def cases(rows: list[Row], id_chars: int = 24) -> list[object]:
    return [pytest.param(s, e, id=s[:id_chars]) for s, e in rows]


def row_test(lang: Lang, rows: list[Row]) -> Callable[[str, list[Figure]], None]:
    """The test of one group of rows: each sentence gives exactly its expected figures."""

    @pytest.mark.parametrize(("sentence", "figures"), cases(rows))
    def test(sentence: str, figures: list[Figure]) -> None:
        assert found(sentence, lang) == expected(figures)

    return test


def numeral_test(lang: Lang, parsed: list[tuple[str, int]]) -> Callable[[str, int], None]:
    """The test of numerals in words: each written numeral parses to its value."""

    @pytest.mark.parametrize(("written", "value"), parsed, ids=[w for w, _ in parsed])
    def test(written: str, value: int) -> None:
        assert parse_spaced_words(written, language(lang).rules.numerals) == value

    return test
