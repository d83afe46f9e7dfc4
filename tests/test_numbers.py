"""The number parser: table of cases, then round trips (hypothesis)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from un_report.extract import extract_text
from un_report.numbers import arabic_pattern, parse_digits, parse_words
from un_report.rules import language
from un_report.rules.base import NumeralRules
from un_report.rules.zh import NUMERALS

WORDS = [
    ("五", 5), ("十", 10), ("十二", 12), ("三十五", 35), ("两", 2), ("一百二十", 120),
    ("一千五百万", 15_000_000), ("〇", 0), ("零", 0), ("一千零十二", 1012), ("二〇二四", 2024),
    ("七十八万五佰零六", 780_506), ("四千万零六千", 40_006_000), ("一万三", 13_000),
    ("二百五", 250), ("四千三百亿", 430_000_000_000), ("二十万亿", 20 * 10**12),
    ("五十二点四", Decimal("52.4")), ("拾亿零六万零五百零六", 1_000_060_506),
]
DIGITS = [
    ("35 000", 35_000), ("35,000", 35_000), ("35\u00a0000", 35_000), ("35\u2009000", 35_000),
    ("35\u202f000", 35_000), ("1.16", Decimal("1.16")), ("３５０００", 35_000), ("241 000", 241_000),
]


@pytest.mark.parametrize(("written", "value"), WORDS, ids=[w for w, _ in WORDS])
def test_chinese_numerals(written: str, value: int | Decimal) -> None:
    assert parse_words(written, NUMERALS) == value


@pytest.mark.parametrize(("written", "value"), DIGITS, ids=[repr(w) for w, _ in DIGITS])
def test_arabic_digits_with_any_thousands_separator(written: str, value: int | Decimal) -> None:
    assert parse_digits(written, NUMERALS) == value


_DIGIT_WORDS = "零一二三四五六七八九"


def to_chinese(n: int) -> str:
    """Render an integer below 10¹² in standard Chinese numerals (the way reports write it)."""
    if n == 0:
        return "零"

    def below_10000(k: int) -> str:
        out, zero = "", False
        for unit, word in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = k // unit % 10
            if d:
                out += ("零" if zero and out else "") + _DIGIT_WORDS[d] + word
                zero = False
            else:
                zero = True
        return out

    out = ""
    for group, word in ((n // 10**8, "亿"), (n // 10**4 % 10**4, "万"), (n % 10**4, "")):
        if group:
            out += ("零" if out and group < 1000 else "") + below_10000(group) + word
    return out[1:] if out.startswith("一十") else out  # 十二, not 一十二


# Other decimal marks and group separators are rules data (French 22,2; Spanish 35.000).
CONTINENTAL = NumeralRules(digits={}, small_units={}, magnitudes={}, decimal_mark=",", group_separators=" .\u00a0\u202f")
CONTINENTAL_DIGITS = [("22,2", Decimal("22.2")), ("35.000", 35_000), ("35 000,5", Decimal("35000.5"))]


@pytest.mark.parametrize(("written", "value"), CONTINENTAL_DIGITS, ids=[w for w, _ in CONTINENTAL_DIGITS])
def test_digits_with_a_decimal_comma(written: str, value: int | Decimal) -> None:
    assert re.fullmatch(arabic_pattern(CONTINENTAL), written)
    assert parse_digits(written, CONTINENTAL) == value


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_chinese_numerals_round_trip(n: int) -> None:
    assert parse_words(to_chinese(n), NUMERALS) == n


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from([" ", ",", "\u00a0", "\u202f"]))
def test_grouped_digits_round_trip(n: int, separator: str) -> None:
    assert parse_digits(f"{n:,}".replace(",", separator), NUMERALS) == n


# no deadline: the first example loads the Chinese word segmenter (seconds on a loaded machine); no timed tests
@settings(deadline=None)
@given(st.integers(min_value=1, max_value=99_999), st.sampled_from([("万", 10**4), ("亿", 10**8)]))
def test_magnitudes_round_trip_through_the_extractor(n: int, magnitude: tuple[str, int]) -> None:
    word, scale = magnitude
    found = extract_text(f"共有 {n:,}".replace(",", " ") + f" {word}人参加。", language("zh"))
    assert [(f.kind, f.value) for f in found] == [("count", n * scale)]


# no deadline: the first example loads the Chinese word segmenter (seconds on a loaded machine); no timed tests
@settings(deadline=None)
@given(st.integers(min_value=1, max_value=99_999))
def test_chinese_count_round_trips_through_the_extractor(n: int) -> None:
    found = extract_text(f"我们为{to_chinese(n)}个国家提供了支持。", language("zh"))
    assert [(f.kind, f.value, f.unit) for f in found] == [("count", n, "个")]
